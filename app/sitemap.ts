import type { MetadataRoute } from "next";
import { getAllRoles } from "@/lib/roles";
import { absoluteUrl, rolePath, roleSectionPath } from "@/lib/site";

export default function sitemap(): MetadataRoute.Sitemap {
  const roles = getAllRoles();
  const latest = roles.map((role) => role.updated).sort().at(-1);
  return [
    { url: absoluteUrl("/"), lastModified: latest, changeFrequency: "monthly", priority: 1 },
    { url: absoluteUrl("/roles"), lastModified: latest, changeFrequency: "monthly", priority: 0.8 },
    { url: absoluteUrl("/compare"), lastModified: latest, changeFrequency: "monthly", priority: 0.6 },
    { url: absoluteUrl("/guide"), lastModified: latest, changeFrequency: "monthly", priority: 0.6 },
    { url: absoluteUrl("/sources"), lastModified: latest, changeFrequency: "monthly", priority: 0.5 },
    ...roles.map((role) => ({
      url: absoluteUrl(rolePath(role.slug)),
      lastModified: role.updated,
      changeFrequency: "monthly" as const,
      priority: 0.9,
    })),
    ...roles.flatMap((role) =>
      role.pages.map((page) => ({
        url: absoluteUrl(roleSectionPath(role.slug, page.id)),
        lastModified: role.updated,
        changeFrequency: "monthly" as const,
        priority: 0.7,
      })),
    ),
  ];
}
