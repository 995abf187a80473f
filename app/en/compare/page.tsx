import { comparePickerView } from "@/app/_views/compare";

const view = comparePickerView("en");
export const generateMetadata = view.generateMetadata;
export default view.Page;
