import { historyView } from "@/app/_views/history";

const view = historyView("fr");
export const dynamicParams = false;
export const generateStaticParams = view.generateStaticParams;
export const generateMetadata = view.generateMetadata;
export default view.Page;
