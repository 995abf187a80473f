import { useTranslations } from "next-intl";

/** The title and explanation of the 404 pages. */
export function NotFoundMessage() {
  const t = useTranslations("notFound");
  return (
    <div className="max-w-prose space-y-3">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-lg">{t("text")}</p>
    </div>
  );
}
