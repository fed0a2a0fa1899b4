import { z } from "zod";
import { TEXT_MAX } from "./rules/limits.ts";
import { phoneNumber } from "./rules/phone.ts";
import { STABLE_ID_PATTERN } from "./rules/slug.ts";
import { koreanText } from "./rules/text.ts";

/** 부서 (a city department or team, or an outside body that runs a policy), with its official number. */
export const departmentSchema = z.object({
  /** Stable id, e.g. `birth-health`; referenced by policies. */
  id: z.string().regex(STABLE_ID_PATTERN, { message: "영문 소문자·숫자·하이픈 3~32자여야 합니다." }),
  /** 부서명, e.g. 출생보건과. */
  name: koreanText({ max: TEXT_MAX.department.name }),
  /** 팀, e.g. 출생지원팀. */
  team: koreanText({ max: TEXT_MAX.department.team }).optional(),
  /** 상위 기관, e.g. 광양시보건소. */
  organization: koreanText({ max: TEXT_MAX.department.organization }).optional(),
  /** 대표 전화 as published (never invented). */
  phone: phoneNumber.optional(),
  /** 위치 (building, floor). */
  location: koreanText({ max: TEXT_MAX.department.location }).optional(),
  /** 업무 (what residents contact it for). */
  description: koreanText({ max: TEXT_MAX.department.description }).optional(),
  /** Display order in the department directory. */
  order: z.number().int().default(0),
});
/** A parsed department (phone normalised). */
export type Department = z.infer<typeof departmentSchema>;
/** Input accepted by `departmentSchema` (before defaults and normalising). */
export type DepartmentInput = z.input<typeof departmentSchema>;
