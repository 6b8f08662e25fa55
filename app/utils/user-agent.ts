// Pure: the sessions table names a device by browser and system, not by its raw User-Agent header.

export type DeviceDescription = { browser: string | null; system: string | null };

/** "Firefox on Windows" from a User-Agent header, in words a person recognises; null when unclear. */
export function describeDevice(userAgent: string | null): DeviceDescription {
  const ua = userAgent ?? "";
  const browser = /Edg\//.test(ua) ? "Edge" : /Firefox\//.test(ua) ? "Firefox" : /Chrom(e|ium)\//.test(ua) ? "Chrome" : /Safari\//.test(ua) ? "Safari" : null;
  const system = /Windows/.test(ua)
    ? "Windows"
    : /iPhone|iPad/.test(ua)
      ? "iOS"
      : /Android/.test(ua)
        ? "Android"
        : /Mac OS X/.test(ua)
          ? "macOS"
          : /Linux/.test(ua)
            ? "Linux"
            : null;
  return { browser, system };
}
