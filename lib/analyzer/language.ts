/**
 * Is this English enough to judge? The lexicons and AFINN are English; on other languages they would guess, so such
 * text is reported as `unknown` instead. Cheap on purpose: script check, then common English words.
 */
import type { Token } from './tokens';

// The most frequent English function words and chat words: almost every English sentence holds one.
/** Frequent English function and chat words. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after again all already am an and any are as at be been but by can could did do does done for from get ' +
    'got had has have he her here hi hello him his how i if in is it its just me my no not now of off ok okay on ' +
    'one or our out please so still than thank thanks that the their them then there they this to too up us was we ' +
    'were what when where which who why will with would yes you your'
  ).split(' '),
);

// Frequent function words of the languages support chats most often arrive in besides English (German, Dutch,
// French, Spanish, Portuguese, Italian), none of them an English word: one English-looking word such as "me" in a
// Portuguese sentence must not make it English.
const FOREIGN_WORDS: ReadonlySet<string> = new Set(
  (
    'aber auch auf bei bitte das dem den der des dich die dir du ein eine einen für ich ihr immer ist kein mich mir ' +
    'mit nicht noch oder schon sie sind und uns von war warum was wie wir zu zum het een ik je niet van voor ' +
    'dans des du elle est et je les mais moi mon nous ne pas pour que qui sur une vous avec ça ' +
    'con del el en es esta está estoy las los mi muy para pero por porque qué su también tengo una yo ' +
    'ainda com da das do dos ele ela em estou eu foi isso mas meu minha não nao os pelo pra você voce é ' +
    'che della di gli il lo mio non per perché sono un'
  ).split(' '),
);

/** 'en' when the text reads as English (or has no words to judge); 'unknown' otherwise. */
export function detectLanguage(text: string, tokens: Token[]): 'en' | 'unknown' {
  let latin = 0;
  let other = 0;
  for (const ch of text.slice(0, 2000)) {
    if (/\p{Script=Latin}/u.test(ch)) latin++;
    else if (/\p{L}/u.test(ch)) other++;
  }
  if (latin + other === 0) return 'en'; // emoji, numbers, punctuation: nothing to misread
  if (other > latin) return 'unknown';
  const words = tokens.filter((t) => /\p{L}/u.test(t.norm));
  if (words.length === 0) return 'en';
  let english = 0;
  let foreign = 0;
  let foreignLetters = 0;
  for (const t of words) {
    if (FUNCTION_WORDS.has(t.norm)) english++;
    else if (FOREIGN_WORDS.has(t.norm)) foreign++;
    if (/[^a-z0-9']/.test(t.norm)) foreignLetters++;
  }
  if (foreign >= 2 && foreign > english) return 'unknown';
  // A short message may hold no function word at all ("Another week, another excuse."): without a sign of another
  // language it is English.
  if (words.length <= 8 && english === 0) return foreign > 0 || foreignLetters > 0 ? 'unknown' : 'en';
  if (words.length <= 3) return 'en';
  return english / words.length >= 0.08 ? 'en' : 'unknown';
}
