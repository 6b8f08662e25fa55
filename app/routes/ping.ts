// A constant answer with no database and no session: the floor the performance benchmark compares against.
export function loader() {
  return new Response("pong", { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
