/**
 * Named character codes, for code that tests a character where it stands
 * (`text.charCodeAt(at) === LESS_THAN`) without cutting it out of the text: the name says which
 * character a comparison means, where the bare code would need a comment each time.
 *
 * Code that tests every character copies the names it uses into constants of its own
 * (`const { SLASH } = charCodes;`): V8 reads an imported binding from its cell at every use,
 * but folds a module's private constant into the compiled test.
 */

export const TAB = 0x09;
export const LINE_FEED = 0x0a; // \n
export const VERTICAL_TAB = 0x0b;
export const FORM_FEED = 0x0c;
export const CARRIAGE_RETURN = 0x0d; // \r
export const SPACE = 0x20;
export const EXCLAMATION = 0x21; // !
export const DOUBLE_QUOTE = 0x22; // "
export const HASH = 0x23; // #
export const DOLLAR = 0x24; // $
export const AMPERSAND = 0x26; // &
export const SINGLE_QUOTE = 0x27; // '
export const LEFT_PAREN = 0x28; // (
export const RIGHT_PAREN = 0x29; // )
export const ASTERISK = 0x2a; // *
export const PLUS = 0x2b; // +
export const COMMA = 0x2c; // ,
export const MINUS = 0x2d; // -
export const DOT = 0x2e; // .
export const SLASH = 0x2f; // /
export const DIGIT_ZERO = 0x30; // 0
export const DIGIT_NINE = 0x39; // 9
export const COLON = 0x3a; // :
export const LESS_THAN = 0x3c; // <
export const EQUALS = 0x3d; // =
export const GREATER_THAN = 0x3e; // >
export const QUESTION_MARK = 0x3f; // ?
export const UPPER_A = 0x41; // A
export const UPPER_Z = 0x5a; // Z
export const LEFT_BRACKET = 0x5b; // [
export const BACKSLASH = 0x5c; // \
export const RIGHT_BRACKET = 0x5d; // ]
export const UNDERSCORE = 0x5f; // _
export const BACKTICK = 0x60; // `
export const LOWER_A = 0x61; // a
export const LOWER_B = 0x62; // b
export const LOWER_E = 0x65; // e
export const LOWER_F = 0x66; // f
export const LOWER_N = 0x6e; // n
export const LOWER_O = 0x6f; // o
export const LOWER_X = 0x78; // x
export const LOWER_Z = 0x7a; // z
export const LEFT_BRACE = 0x7b; // {
export const VERTICAL_BAR = 0x7c; // |
export const RIGHT_BRACE = 0x7d; // }
/** The highest code of ASCII: any code above it asks Unicode's classes. */
export const LAST_ASCII = 0x7f;
export const NO_BREAK_SPACE = 0xa0;
export const LINE_SEPARATOR = 0x2028;
export const PARAGRAPH_SEPARATOR = 0x2029;
export const BYTE_ORDER_MARK = 0xfeff;

/** The bit that tells an ASCII letter's cases apart: `code | LOWER_CASE_BIT` is the letter in lower case. */
export const LOWER_CASE_BIT = 0x20;
