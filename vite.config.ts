import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import remixConfig from "./remix.config.js";
import { messageAreasPlugin } from "./scripts/vite-message-areas";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  plugins: [messageAreasPlugin(), remix(remixConfig)],
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  ssr: {
    // Native or file-reading modules stay outside the server bundle.
    external: ["better-sqlite3", "@node-rs/argon2", "pdfkit"],
  },
  build: {
    target: "es2022",
    rollupOptions: {
      output: {
        // React stays in one chunk with React DOM: the form check loaded on a form's first input
        // (app/components/form-check.ts) also imports React, and Rollup would otherwise split React into a
        // chunk of its own, which costs every page about 1 kB of gzip'd glue.
        manualChunks(id) {
          return /[/\\]node_modules[/\\](react|react-dom|scheduler)[/\\]/.test(id) ? "react" : undefined;
        },
      },
    },
  },
  server: { port: 3000 },
});
