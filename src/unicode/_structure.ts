/**
 * Vietnamese syllable structure: onsets, rhymes (medial glide + nucleus + final) and their spelling constraints.
 * Shared by tone placement (which only moves marks in well-formed syllables) and {@link isSyllable}.
 * @internal
 * @module
 */

/** Onsets (initial consonants). `qu` and `gi` are handled apart because their u/i look like vowels. */
const ONSETS = new Set(
  ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'r', 's']
    .concat(['t', 'th', 'tr', 'v', 'x']),
);

/**
 * Rhyme rules: a nucleus (with its medial glide, if any) and the finals it takes; `-` stands for no final.
 * Diphthongs are written in their closed spelling; open spellings (ia, ua, ưa, ya) are listed as nuclei of their own.
 */
const RHYME_RULES: readonly (readonly [string, string])[] = [
  ['a', '- c ch i m n ng nh o p t u y'],
  ['ă', '- c m n ng p t'], // open ă/â: letter names and interjections (ắ, ầ)
  ['â', '- c m n ng p t u y'],
  ['e', '- c m n ng o p t'],
  ['ê', '- c ch m n ng nh p t u'],
  ['i', '- ch m n nh p t u'],
  ['y', '- ch n nh p t u'],
  ['o', '- c i m n ng p t'],
  ['oo', 'c ng'],
  ['ô', '- c i m n ng p t'],
  ['ôô', 'c ng'],
  ['ơ', '- c i m n ng p t'],
  ['u', '- c i m n ng p t'],
  ['ư', '- c i m n ng t u'],
  ['iê', 'c m n ng p t u'],
  ['yê', 'c m n ng p t u'],
  ['ia', '-'],
  ['uô', 'c i m n ng t'],
  ['ua', '-'],
  ['ươ', 'c i m n ng p t u'],
  ['ưa', '-'],
  // medial o/u + nucleus
  ['oa', '- c ch i m n ng nh o p t y'],
  ['oă', 'c m n ng t'],
  ['oe', '- m n o t'],
  ['uâ', 'c n ng t y'],
  ['uê', '- ch n nh t'],
  ['uy', '- ch n nh p t u'],
  ['uyê', 'n t'],
  ['uya', '-'],
  ['uơ', '-'],
];

const RHYMES = new Set<string>();
for (const [nucleus, finals] of RHYME_RULES) {
  for (const f of finals.split(' ')) RHYMES.add(f === '-' ? nucleus : nucleus + f);
}

/** Consonant letters allowed in onset clusters of loan spellings (Krông, Đắk Lắk, Hmông). */
const LOAN_CONSONANTS = 'bcdđghklmnpqrstvx';
/** Finals allowed in loan spellings besides the native ones (Lắk, Ê Đê "păh"). */
const LOAN_FINALS = 'khlr';
/** Rhymes found only in loan spellings and dialect words (líc, trịng, krêy, xoẻng). */
const LOAN_RHYMES = new Set(['ic', 'ing', 'êy', 'oeng']);

const FRONT_VOWELS = 'ieêy';
const VOWELS = 'aăâeêioôơuưy';

/** True when `rest` (what follows `qu`) is a valid rhyme once the medial u is taken into account. */
function isQuRhyme(rest: string): boolean {
  const c = rest[0];
  if (c === undefined || c === 'u' || c === 'o' || c === 'ư') return false;
  if (c !== 'y' && c !== 'i' && RHYMES.has(rest)) return true;
  if (c === 'a' || c === 'ă' || c === 'e') return RHYMES.has('o' + rest);
  if (c === 'i') return RHYMES.has('uy' + rest.slice(1)); // old spelling qui, quít = quy, quýt
  return RHYMES.has('u' + rest);
}

/**
 * Loan spellings of minority-language names and borrowings (Krông, Kạn, Lắk, Hmông, phrăng): any onset cluster of
 * up to three consonants, k before any vowel, finals k/h/l/r.
 */
function isLoanSyllable(onset: string, rhyme: string): boolean {
  if (onset.length > 3) return false;
  for (let k = 0; k < onset.length; k++) if (!LOAN_CONSONANTS.includes(onset[k] as string)) return false;
  if (RHYMES.has(rhyme) || LOAN_RHYMES.has(rhyme)) return true;
  // A loan final follows a vowel directly (păh, lắk), never a native final (no "ănh").
  const open = rhyme.slice(0, -1);
  return LOAN_FINALS.includes(rhyme.slice(-1)) && VOWELS.includes(open.slice(-1)) && RHYMES.has(open);
}

/**
 * True when `bare` (lowercase, toneless, only letters) is spelled like one Vietnamese syllable: a valid onset and a
 * valid rhyme for it (k/gh/ngh only before i, e, ê, y; c/g/ng never before them; q only as qu). With `loan`, loan
 * spellings are accepted too; callers allow them only for words that carry a Vietnamese diacritic, so plain English
 * words never pass that way.
 * @internal
 */
export function isWellFormed(bare: string, loan: boolean): boolean {
  let i = 0;
  while (i < bare.length && !VOWELS.includes(bare[i] as string)) i++;
  if (i === bare.length) return false;
  const onset = bare.slice(0, i);
  const rhyme = bare.slice(i);
  if (onset === 'q') return rhyme[0] === 'u' && isQuRhyme(rhyme.slice(1));
  if (onset === 'g' && rhyme[0] === 'i') {
    // "gi" onset (gia, giữ, giếng) or g + i rhyme (gì, gìn)
    const rest = rhyme.slice(1);
    return rest === '' || RHYMES.has(rest) || RHYMES.has('i' + rest);
  }
  if (ONSETS.has(onset) && RHYMES.has(rhyme)) {
    const front = FRONT_VOWELS.includes(rhyme[0] as string);
    if (onset === 'k' || onset === 'gh' || onset === 'ngh') return front || (loan && onset === 'k');
    if (onset === 'c' || onset === 'g' || onset === 'ng') return !front;
    return true;
  }
  return loan && isLoanSyllable(onset, rhyme);
}
