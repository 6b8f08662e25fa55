import { createContext, useContext } from "react";

// On the client the nonce is empty: browsers hide it from the DOM, and scripts are already loaded.
export const NonceContext = createContext<string>("");

export function useNonce(): string {
  return useContext(NonceContext);
}
