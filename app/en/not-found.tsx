import { notFoundView } from "@/app/_views/not-found";

const view = notFoundView("en");
export const generateMetadata = view.generateMetadata;
export default view.Page;
