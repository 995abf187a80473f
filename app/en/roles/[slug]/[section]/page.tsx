import { roleSectionView } from "@/app/_views/role-section";

const view = roleSectionView("en");
export const dynamicParams = false;
export const generateStaticParams = view.generateStaticParams;
export const generateMetadata = view.generateMetadata;
export default view.Page;
