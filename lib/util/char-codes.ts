/**
 * Named character codes, for code that tests a character where it stands
 * (`text.charCodeAt(at) === LESS_THAN`) without cutting it out of the text: the name says which
 * character a comparison means, where the bare code would need a comment each time.
 */

export const DOUBLE_QUOTE = 0x22; // "
export const SINGLE_QUOTE = 0x27; // '
export const COMMA = 0x2c; // ,
export const DOT = 0x2e; // .
export const SLASH = 0x2f; // /
export const DIGIT_ZERO = 0x30; // 0
export const DIGIT_NINE = 0x39; // 9
export const COLON = 0x3a; // :
export const LESS_THAN = 0x3c; // <
export const EQUALS = 0x3d; // =
export const GREATER_THAN = 0x3e; // >
export const UPPER_A = 0x41; // A
export const UPPER_Z = 0x5a; // Z
export const LOWER_A = 0x61; // a
export const LOWER_Z = 0x7a; // z
export const LEFT_BRACE = 0x7b; // {
