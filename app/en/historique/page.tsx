import { siteHistoryView } from "@/app/_views/history";

const view = siteHistoryView("en");
export const generateMetadata = view.generateMetadata;
export default view.Page;
