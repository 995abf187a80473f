import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  { ignores: [".next/**", "node_modules/**", "next-env.d.ts", ".e2e/**"] },
  {
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["components/site-link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", message: "Use SiteLink (components/site-link.tsx): links do not prefetch." }] },
      ],
    },
  },
];

export default config;
