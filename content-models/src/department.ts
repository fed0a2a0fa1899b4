import { z } from "zod";
import { phoneNumber } from "./rules/phone.ts";
import { STABLE_ID_PATTERN } from "./rules/slug.ts";
import { koreanText } from "./rules/text.ts";

/** 부서 (a city department or team, or an outside body that runs a policy), with its official number. */
export const departmentSchema = z.object({
  /** Stable id, e.g. `birth-health`; referenced by policies. */
  id: z.string().regex(STABLE_ID_PATTERN, { message: "영문 소문자·숫자·하이픈 3~32자여야 합니다." }),
  /** 부서명, e.g. 출생보건과. */
  name: koreanText({ max: 80 }),
  /** 팀, e.g. 출생지원팀. */
  team: koreanText({ max: 80 }).optional(),
  /** 상위 기관, e.g. 광양시보건소. */
  organization: koreanText({ max: 80 }).optional(),
  /** 대표 전화 as published (never invented). */
  phone: phoneNumber.optional(),
  /** 위치 (building, floor). */
  location: koreanText({ max: 200 }).optional(),
  /** 업무 (what residents contact it for). */
  description: koreanText({ max: 500 }).optional(),
  /** Display order in the department directory. */
  order: z.number().int().default(0),
});
/** A parsed department (phone normalised). */
export type Department = z.infer<typeof departmentSchema>;
/** Input accepted by `departmentSchema` (before defaults and normalising). */
export type DepartmentInput = z.input<typeof departmentSchema>;
