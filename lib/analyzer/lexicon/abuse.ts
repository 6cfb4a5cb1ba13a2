/**
 * Abuse: slurs, profanity and insults. Entries ending in `*` match as prefixes, entries in *_INSIDE match anywhere in a
 * word ("motherf*cker", "bullshit"). Creative spellings (f*ck, sh1t, fuuuck) are undone in normalize.ts first.
 * Arrays are sorted and unique (tests/lib/analyzer/lexicon.test.ts).
 */

/** Slurs: abusive wherever they appear. */
export const SLURS = [
  'beaner*',
  'chink',
  'chinks',
  'coon',
  'coons',
  'dyke',
  'dykes',
  'fag',
  'faggot*',
  'fags',
  'gook*',
  'kike*',
  'nigga*',
  'nigger*',
  'nigguh',
  'raghead*',
  'retard',
  'retarded',
  'retards',
  'spic',
  'spics',
  'towelhead*',
  'trannies',
  'tranny',
  'wetback*',
] as const;

/** Strong profanity and sexual insults. */
export const PROFANITY_STRONG = [
  'arsehole*',
  'asshat*',
  'asshole*',
  'bastard*',
  'biatch',
  'bitch*',
  'btch',
  'cock',
  'cocks',
  'cocksucker*',
  'dick',
  'dickhead*',
  'dicks',
  'douche*',
  'dumbass*',
  'fck*',
  'fk',
  'fkn',
  'fuk*',
  'fuq*',
  'fvck*',
  'gtfo',
  'hoe',
  'hoes',
  'jackass*',
  'mofo',
  'phuck*',
  'prick',
  'pricks',
  'pussies',
  'pussy',
  'skank*',
  'slut*',
  'stfu',
  'thot',
  'thots',
  'twat*',
  'wank*',
  'whore*',
  'wtf',
] as const;

/** Matched anywhere inside a word. */
export const PROFANITY_INSIDE = ['cunt', 'fuck', 'motherf', 'shit'] as const;

/** Mild profanity: still abuse when aimed at a support agent, but weaker on its own. */
export const PROFANITY_MILD = [
  'arse',
  'ass',
  'asses',
  'bloody',
  'bollocks',
  'bugger*',
  'crap',
  'crappy',
  'dammit',
  'damn',
  'damned',
  'damnit',
  'goddamn*',
  'hell',
  'piss',
  'pissed',
  'screw',
  'sht',
  'shyt',
  'sod',
  'sucks',
] as const;

/** Insults: abusive when aimed at someone ("you idiot", "your useless team"). */
export const INSULTS = [
  'clown',
  'clowns',
  'dumb',
  'idiot',
  'idiotic',
  'idiots',
  'imbecile*',
  'incompetent',
  'jerk',
  'jerks',
  'loser',
  'losers',
  'moron*',
  'pathetic',
  'scum*',
  'stupid',
  'trash',
  'useless',
  'worthless',
] as const;

/** Abusive phrases made of ordinary words. */
export const ABUSIVE_PHRASES = [
  'bite me',
  'drop dead',
  'get lost',
  'go to hell',
  'kiss my',
  'piss off',
  'screw you|yourself|this|off',
  'shut up',
  'shut your ~ mouth|face|trap',
  'sod off',
  'you people|guys are|r ~ idiots|morons|useless|clowns|joke|stupid|incompetent|pathetic|a joke',
] as const;
