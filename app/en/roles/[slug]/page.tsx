import { roleView } from "@/app/_views/role";

const view = roleView("en");
export const dynamicParams = false;
export const generateStaticParams = view.generateStaticParams;
export const generateMetadata = view.generateMetadata;
export default view.Page;
