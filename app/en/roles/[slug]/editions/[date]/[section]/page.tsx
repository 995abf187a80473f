import { editionSectionView } from "@/app/_views/edition";

const view = editionSectionView("en");
export const dynamicParams = false;
export const generateStaticParams = view.generateStaticParams;
export const generateMetadata = view.generateMetadata;
export default view.Page;
