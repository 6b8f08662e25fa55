// React 18's streaming renderer writes into a reused 2,048-byte buffer and, when a character of several
// bytes (such as "—" or "ĳ") does not fit at its end, flushes the unwritten tail as zero bytes. Those bytes
// land in the page and in its inline data script. No page of ours holds a real U+0000 (text is cleaned of
// control characters when it is saved) and no other character's UTF-8 contains a zero byte, so every zero
// byte in a rendered page is such a gap and is dropped.
//
// Pages are now rendered to one string (ADR 021), where no such gap arises; the guard stays, at the cost of
// one scan of the page, because a page that defers data would need the streaming renderer back.

/** The rendered page without the zero bytes React 18 leaves at its buffer boundaries. */
export function withoutNulBytes(body: Buffer<ArrayBuffer>): Buffer<ArrayBuffer> {
  if (body.indexOf(0) === -1) return body;
  const out = Buffer.allocUnsafe(body.length);
  let length = 0;
  for (const byte of body) if (byte !== 0) out[length++] = byte;
  return Buffer.from(out.buffer, out.byteOffset, length);
}
