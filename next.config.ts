import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Loaded from node_modules at run time: PGlite reads its WebAssembly and data files from its package folder.
  serverExternalPackages: ["@electric-sql/pglite", "pino", "proper-lockfile", "postgres"],
  experimental: {
    serverActions: {
      // Room for a 10 MB CSV of historical leads in the dashboard's import. Public form posts are
      // held to 64 KB by proxy.ts before they reach their action.
      bodySizeLimit: "11mb",
    },
  },
  async headers() {
    return [
      {
        source: "/embed.js",
        headers: [
          { key: "Cache-Control", value: "public, max-age=300, stale-while-revalidate=86400" },
          { key: "Access-Control-Allow-Origin", value: "*" },
        ],
      },
    ];
  },
};

export default nextConfig;
