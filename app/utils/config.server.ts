import { parseConfig, type Config } from "./config";

let cached: Config | undefined;

/** The validated configuration; throws with one clear line when the environment is wrong. */
export function getConfig(): Config {
  if (cached) return cached;
  const result = parseConfig(process.env);
  if (!result.ok) throw new ConfigError(result.error);
  cached = result.config;
  return cached;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}
