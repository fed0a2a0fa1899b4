/** Shortest password accepted (characters). NIST SP 800-63B asks for at least 8; staff accounts publish, so 12. */
export const MIN_PASSWORD_LENGTH = 12;

/**
 * Words that make a password guessable when padded only with digits and symbols ("password1234!",
 * "qwerty123456"): the head of public leaked-password lists, plus this product's and city's names.
 */
const COMMON_WORDS = new Set([
  "password",
  "passw0rd",
  "qwerty",
  "qwertyuiop",
  "asdfghjkl",
  "zxcvbnm",
  "qwertyuiopasdfghjkl",
  "admin",
  "administrator",
  "welcome",
  "letmein",
  "iloveyou",
  "abc",
  "abcd",
  "abcdef",
  "abcdefghijkl",
  "abcdefghijklmnopqrstuvwxyz",
  "qwer",
  "asdf",
  "sunshine",
  "princess",
  "dragon",
  "monkey",
  "football",
  "baseball",
  "master",
  "superman",
  "korea",
  "seoul",
  "gwangyang",
  "lifewelfare",
  "welfare",
  "guidebook",
  "payload",
]);

/** Digit runs that leaked-password lists are full of (keyboard and counting sequences). */
const COMMON_DIGITS = /^(?:0?123456789|1234567890|0987654321|987654321|1q2w3e4r|1qaz2wsx)/;

/**
 * Why `password` is refused for the account `email`, in Korean, or undefined when it is accepted.
 * Rules (after Unicode NFC): at least MIN_PASSWORD_LENGTH characters; not the e-mail address or its
 * part before `@`; not one character repeated; not a common word or counting sequence padded only with
 * digits and symbols (e.g. "password1234", "123456789012", "qwerty!!2024").
 */
export function passwordProblem(password: string, email?: string | null): string | undefined {
  const value = password.normalize("NFC");
  if ([...value].length < MIN_PASSWORD_LENGTH) return `비밀번호는 ${MIN_PASSWORD_LENGTH}자 이상이어야 합니다.`;
  const lower = value.toLowerCase();
  const address = email?.trim().toLowerCase();
  if (address && (lower === address || lower === address.split("@")[0] || lower.includes(address))) {
    return "비밀번호에 이메일 주소를 쓸 수 없습니다.";
  }
  if (new Set(lower).size === 1) return "같은 글자만 반복한 비밀번호는 쓸 수 없습니다.";
  const letters = lower.replace(/[^a-z]/g, "");
  const digits = lower.replace(/[^0-9]/g, "");
  if (COMMON_WORDS.has(letters) || (letters === "" && COMMON_DIGITS.test(digits))) {
    return "너무 흔한 비밀번호입니다. 흔한 단어나 숫자 나열이 아닌, 긴 문장처럼 만드세요.";
  }
  return undefined;
}
