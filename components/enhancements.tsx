"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { enhance } from "./enhance";

/**
 * Under `next start`, where React runs the page: the behaviours of components/enhance.ts, turned
 * on after hydration and again after each client-side navigation. Renders nothing. The pages that
 * nginx serves from files have no React: the same module is their one script.
 */
export function Enhancements() {
  const pathname = usePathname();
  useEffect(() => enhance(document), [pathname]);
  return null;
}
