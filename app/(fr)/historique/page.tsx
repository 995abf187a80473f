import { siteHistoryView } from "@/app/_views/history";

const view = siteHistoryView("fr");
export const generateMetadata = view.generateMetadata;
export default view.Page;
