import { notFoundView } from "@/app/_views/not-found";

const view = notFoundView("fr");
export const generateMetadata = view.generateMetadata;
export default view.Page;
