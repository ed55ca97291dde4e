/** The bundled sample workbooks: one per rule set the seeds use, each built by code. */
import type { WorkbookData } from "../workbook/workbook-data";
import { communeSample } from "./commune-tt25";
import { primarySchoolSample } from "./primary-school";
import { tt22SchoolSample } from "./school-tt22";
import { thptSample } from "./thpt-tt24-tinh";

export interface Sample {
  file: string;
  /** The rule sets `dvht demo --rule-set` runs this sample for. */
  ruleSets: string[];
  build(): WorkbookData;
}

export const SAMPLES: Sample[] = [
  { file: "truong-tieu-hoc-an-binh.xlsx", ruleSets: ["tt24-2023/xa", "tt24-2023/huyen"], build: primarySchoolSample },
  { file: "truong-thpt-binh-khanh.xlsx", ruleSets: ["tt24-2023/tinh"], build: thptSample },
  { file: "xa-an-hoa-thinh.xlsx", ruleSets: ["tt25-2023/xa"], build: communeSample },
  { file: "truong-tieu-hoc-an-son-tt22.xlsx", ruleSets: ["tt22-2020"], build: tt22SchoolSample },
];

export function sampleFor(ruleSetId: string): Sample | undefined {
  return SAMPLES.find((s) => s.ruleSets.includes(ruleSetId.trim().toLowerCase()));
}
