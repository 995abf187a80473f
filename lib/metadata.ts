import type { Metadata } from "next";
import { OG_SIZE } from "./og";
import { absoluteUrl } from "./site";

type PageMetadataInput = {
  title: string;
  description: string;
  /** Canonical path of the page. */
  path: string;
  image: { path: string; alt: string };
  modifiedTime?: string;
};

/** Title, description, absolute canonical URL, Open Graph and Twitter card of a content page. */
export function pageMetadata({ title, description, path, image, modifiedTime }: PageMetadataInput): Metadata {
  const url = absoluteUrl(path);
  const images = [{ url: absoluteUrl(image.path), ...OG_SIZE, alt: image.alt, type: "image/png" }];
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "article", url, title, description, images, ...(modifiedTime && { modifiedTime }) },
    twitter: { card: "summary_large_image", title, description, images },
  };
}
