import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Loaded from node_modules at run time: PGlite reads its WebAssembly and data files from its package folder.
  serverExternalPackages: ["@electric-sql/pglite", "pino", "proper-lockfile", "postgres"],
  experimental: {
    serverActions: {
      // A form post is a few kilobytes; anything far larger is not a person filling a form.
      bodySizeLimit: "64kb",
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
