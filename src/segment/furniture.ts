/**
 * Page furniture: text that a scraper picks up with an article but that is not part of it
 * (navigation, share buttons, bylines, credits, "Also read" labels, photo galleries' counters,
 * buttons and slides). Furniture yields no claims.
 */

/** Whole lines that are furniture. Matched against the trimmed line, case-insensitively. */
const FURNITURE_LINE: RegExp[] = [
  /^(connect with us|follow us( on \w+)?|share( this( article| story)?)?( on \w+)?|trending( now)?|most (read|popular|viewed)|advertisement|sponsored( content)?|skip to (main )?content|sign up.*newsletter.*|subscribe( now)?|read more|related( (articles|stories|news|topics))?|world news|top stories|latest news|breaking news|published|updated|on|by|author avatar|comments?|print|email|whatsapp|facebook|twitter|linkedin|copy link|listen( to this article)?|watch( video)?|photo gallery|more on .{1,60}|take a look at (these|this|the) (videos?|pictures?|photos?|posts?):?|(with inputs from|with input from|inputs from) [\w ,&]+|additional reporting by .*|(edited|written|reported) by .*|source: ?\S+|image (source|copyright|caption):?.*|getty images|©.*|copyright .*|all rights reserved\.?)$/i,
  /powered by\s*:?/i,
  /^(?:published|updated|posted|last updated|first published)(?: on)?\s*:?\s*.{0,40}(?:\d{4}|\d{1,2}:\d{2}|ago)\b.{0,20}$/i,
  /^\(?(with inputs from|with input from) [\w ,&]+\)?\.?$/i,
  /^(https?:\/\/|www\.)\S+$/i,
  // photo galleries: the slide counter and its buttons ("1 of 12", "Photo 3 of 12", "Hide Caption"),
  // the gallery's title ("Photos: Storms batter the coast", no sentence end); credit lines: CREDIT_LINE
  /^(?:(?:hide|show) caption\s*)?(?:(?:photo|image|picture|slide)s?\s+)?\d{1,3} of \d{1,3}$/i,
  /^(?:hide|show) captions?$/i,
  /^(?:photos|pictures|images|in pictures|photo gallery|gallery|slideshow)\s*:\s*[^.!?]*$/i,
];

/** The photo agencies and services a credit names. */
const AGENCY = String.raw`(?:AP|AFP|Reuters|REUTERS|EPA(?:-EFE)?|Getty|PA|Anadolu|Xinhua|Bloomberg|Shutterstock|Alamy)(?: Photos?| Images| Wire| via Getty Images)?`;
/** A photographer's name: capitalised words ("Ruta Kell", "Jan de Vries"). */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{L}[\p{L}.'’-]*){0,4}`;

/** A whole line that credits a photo: "AP Photo/Name", "Name/Getty Images", "Photo: Name/AFP", "Photo: Name". */
const CREDIT_LABEL = String.raw`(?:(?:[Pp]hoto(?:graph)?|PHOTO|[Pp]icture|[Ii]mage)s?(?: [Cc]redit)?|[Cc]redit)\s*:\s*`;
const CREDIT_LINE = new RegExp(String.raw`^(?:(?:${CREDIT_LABEL})?(?:${NAME}\s*\/\s*${AGENCY}|${AGENCY}\s*\/\s*${NAME})|${CREDIT_LABEL}(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})$`, 'u');

/**
 * A credit ending a caption line, after its sentence: "… outside the town. AP Photo/Name",
 * "… in the square. Name/Getty Images". Unbracketed, so only after a sentence's end.
 */
export const TRAILING_CREDIT = new RegExp(String.raw`(?<=[.!?]["'”’)]?)\s+(?:${NAME}\s*\/\s*${AGENCY}|${AGENCY}\s*\/\s*${NAME})\s*$`, 'u');

/**
 * One slide of a photo gallery as a scraper keeps it: a caption with the gallery's buttons and
 * counter ("… on Tuesday. Hide Caption 3 of 12"), or the counter first ("3 of 12 Residents …").
 * The whole line is gallery furniture: the captions retell the pictures, not the story.
 */
export function isGallerySlide(line: string): boolean {
  const t = line.trim().replace(/\s+/g, ' ');
  if (!t || t.length > 800) return false;
  return (
    /(?:^|[.!?"'”’)]\s?)(?:hide|show) caption(?:\s+\d{1,3} of \d{1,3})?$/i.test(t) ||
    /[.!?"'”’)] \d{1,3} of \d{1,3}$/.test(t) ||
    /^\d{1,3} of \d{1,3} \p{Lu}/u.test(t)
  );
}

/** A label that starts a line and introduces a linked headline ("Also read | ...", "ALSO READ: ..."). */
export const LEADING_LABEL = /^(?:also read|read also|read more|see also|related|also see|must read|recommended|watch|topshot|file|exclusive|breaking|update|updated|photos?|video|opinion|analysis|explainer)\s*(?:[|:–—]|-\s)\s*/i;

/** Photo credits and captions' trailing credits: "(Picture: AP)", "(AP Photo/Omar Sanadiki)", "© Name, AFP". */
export const CREDIT =
  /(?<!\s)\s*(?:\((?:picture|photo|image|credit|pic|photograph|source|video)s?\s*:[^)]*\)|\((?:[^()]{0,60}\/)?(?:AP|AFP|Reuters|EPA|Getty|PA|Anadolu|Xinhua|Bloomberg)[^()]{0,60}\)|\((?:photo|picture|image)s? by [^()]*\)|\([^()]{0,60}\bvia (?:AP|AFP|Reuters|Getty Images|EPA)[^()]{0,30}\)|©[^.]*$)/gi;

/** True when the whole line is furniture. */
export function isFurnitureLine(line: string): boolean {
  const t = line.trim().replace(/\s+/g, ' ');
  if (!t) return true;
  if (t.length > 160) return false;
  return FURNITURE_LINE.some((re) => re.test(t)) || CREDIT_LINE.test(t);
}

/** Signature line of an embedded social post: "— Name (@handle) December 8, 2024". */
export const POST_SIGNATURE =
  /(?:^|\s|(?<=\S))[—–-]{1,2}\s*([^()\n—–]{1,80}?)\s*\(@(\w{1,30})\)\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4})?/u;

/** Links to embedded media inside posts ("pic.twitter.com/xyz", t.co links). */
export const MEDIA_LINK = /(?<!\s)\s*(?:pic\.twitter\.com|t\.co|instagram\.com|youtu\.be)\/\S*/gi;
