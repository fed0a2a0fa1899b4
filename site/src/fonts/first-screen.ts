// The Pretendard GOV slice every page's first screen uses most, preloaded by BaseLayout: slice 119
// of the dynamic subset holds Basic Latin, digits, punctuation and the most frequent syllables
// (가 고 기 다 로 리 사 스 시 이 인 지 하), in the regular weight of body text. The bold one is left to
// the stylesheet: on the finder (400 policies) both would bring the bytes before the first paint
// close to issue 18's 150 KB. `?url` makes Vite emit the same hashed file the font CSS points to.
import regular from "pretendard-gov/dist/web/static/woff2-dynamic-subset/PretendardGOV-Regular.subset.119.woff2?url";

/** URLs of the slices to preload, in the built site (`_astro/…`). */
export const FIRST_SCREEN_FONT_SLICES: readonly string[] = [regular];
