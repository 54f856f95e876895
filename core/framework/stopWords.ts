import stopwords from 'stopword';

/**
 * Words left out of word counts. The stopword package's lists, plus, for English, the function
 * words its short list lacks and the fillers of spoken transcripts ("um", "yeah", "you know"):
 * in interviews they would otherwise top every list.
 */
const LANGUAGES: Record<string, string> = { en: 'eng', de: 'deu', fr: 'fra', es: 'spa', nl: 'nld', it: 'ita', pt: 'por', he: 'heb', zh: 'zho' };

const ENGLISH_EXTRA = `she her hers herself he's she's it it's its itself i'm i've i'd i'll you're you've you'd we're we've they're they've
  she'd he'd they'd we'd you'll i'll it'll she'll he'll they'll we'll
  so not no nor don't doesn't didn't isn't wasn't weren't can't couldn't won't wouldn't shouldn't haven't hasn't hadn't
  am is are was were be been being do does did done just also even ever yes yeah yep oh ok okay um uh er erm ah mm hmm
  like know mean really sort kind bit lot lots thing things going gonna wanna got get gets getting say says said go goes went
  there's that's what's who's let's one two us them those these than then there here when why how all any some such own
  very quite actually basically right well now again back much more most less little maybe probably`;

export function stopWordsFor(language: string): Set<string> {
  const base = (stopwords as unknown as Record<string, string[] | undefined>)[LANGUAGES[language] ?? 'eng'] ?? [];
  const extra = language === 'en' ? ENGLISH_EXTRA.split(/\s+/) : [];
  return new Set([...base, ...extra].map((w) => w.toLowerCase()));
}

export const wordFrequencyLanguages = Object.keys(LANGUAGES);
