import {
  CITIES,
  HELP_LINKS,
  INKS,
  PAPER,
  PEER_LINKS,
  PENS,
  SERVICES,
  orderNumber,
} from './catalog';
import type { Cast } from './cast';
import type { Random } from './prng';
import type { SimUser } from './types';

/**
 * Episodes: the small stories the world is made of (a customer asks, the shop answers; a peer
 * shares a link and the owner replies). Each returns draft posts; the generator gives them ids,
 * t.co links and entities.
 */
export interface MediaDraft {
  type: 'photo' | 'video' | 'animated_gif';
  alt: string;
  width: number;
  height: number;
  durationMs?: number;
}

export interface Draft {
  /** Local name so later drafts of the same episode can reply to, quote or repost it. */
  key: string;
  author: SimUser;
  /** Minutes after the episode starts. */
  minute: number;
  text: string;
  lang: string;
  replyTo?: string;
  quoteOf?: string;
  retweetOf?: string;
  media?: MediaDraft[];
}

export type EpisodeKind =
  | 'support'
  | 'misspelled'
  | 'productLove'
  | 'lead'
  | 'brandNews'
  | 'ownerPost'
  | 'peerPost'
  | 'foreign'
  | 'friendPost'
  | 'chatter';

export const EPISODE_WEIGHTS: ReadonlyArray<readonly [EpisodeKind, number]> = [
  ['support', 18],
  ['misspelled', 10],
  ['productLove', 14],
  ['lead', 8],
  ['brandNews', 9],
  ['ownerPost', 10],
  ['peerPost', 14],
  ['foreign', 8],
  ['friendPost', 4],
  ['chatter', 5],
];

interface Ctx {
  r: Random;
  cast: Cast;
}

// Arguments are drawn in the order of the fields they fill, as the literal drafts did, so the
// seeded world stays the same.
const replyDraft = (
  key: string,
  author: SimUser,
  minute: number,
  text: string,
  to: string,
): Draft => ({
  key,
  author,
  minute,
  text,
  lang: 'en',
  replyTo: to,
});

const repostDraft = (key: string, author: SimUser, minute: number, of: string): Draft => ({
  key,
  author,
  minute,
  text: '',
  lang: 'en',
  retweetOf: of,
});

const photo = (alt: string): MediaDraft => ({ type: 'photo', alt, width: 1600, height: 1200 });

function fill(r: Random, template: string, extra: Record<string, string> = {}): string {
  const pen = r.pick(PENS);
  const ink = r.pick(INKS);
  const paper = r.pick(PAPER);
  const service = r.pick(SERVICES);
  const values: Record<string, string> = {
    pen: pen.name,
    penUrl: pen.url,
    penPrice: pen.price,
    penTag: pen.hashtag,
    ink: ink.name,
    inkUrl: ink.url,
    inkTag: ink.hashtag,
    paper: paper.name,
    paperUrl: paper.url,
    service: service.name,
    serviceUrl: service.url,
    help: r.pick(HELP_LINKS),
    order: orderNumber(r.int(1, 599)),
    city: r.pick(CITIES),
    days: String(r.int(3, 9)),
    qty: String(r.pick([12, 20, 24, 30, 40, 50])),
    ...extra,
  };
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

/** How a customer names the shop in passing: an @mention, or their own spelling of it. */
function brandName(ctx: Ctx, customer: SimUser, mention: boolean): string {
  if (mention) return `@${ctx.cast.brand.username}`;
  return ctx.cast.spellingOf(customer) ?? 'Quillory';
}

const SUPPORT_QUESTIONS = [
  "{brand} my order {order} still says 'processing' after {days} days, is everything ok?",
  '{brand} hi! my {ink} keeps skipping in the {pen}, is that the converter or me?',
  '{brand} do you ship to {city}? Want the {pen} for my sister',
  '{brand} the cap on my {pen} has started to crack near the clip :( what are my options?',
  'Anyone know if {brand} does {service}? My medium nib writes like a broad',
  '{brand} is the {ink} safe for vintage pens? Thinking of my grandad’s Parker 51',
  '{brand} my parcel {order} arrived but the ink bottle leaked. Photos attached',
  '{brand} how long does {service} take at the moment?',
  '{brand} can I swap the nib on the {pen} from F to M after buying?',
];

const SUPPORT_ANSWERS = [
  "So sorry about that! Royal Mail has been slow this week; we've sent you a DM with tracking for {order}.",
  'Usually the converter! Give it a flush with water and a drop of dish soap, then refill. Guide here: {help}',
  'We do! Delivery is about {days} working days, all the options are here: {help}',
  "That shouldn't happen. We'll send a replacement cap today, no need to return the old one.",
  'We do, £15 and about a week turnaround: {serviceUrl}',
  "It's a gentle, non-iron-gall ink, so yes, fine for vintage pens.",
  "Oh no. Sorry! A new bottle is on its way, and we've refunded the shipping.",
  'Around {days} working days right now. We email when it is back in the post.',
  'Yes, within 30 days and free of charge. Just reply to your order email.',
];

const THANKS = [
  'Thank you, that was quick! 🙏',
  'Brilliant, cheers!',
  'Sorted, it writes beautifully now. Thanks!',
  'Amazing service as always ✨',
];

function support(ctx: Ctx): Draft[] {
  const { r, cast } = ctx;
  const customer = r.pick(cast.ofRole('customer').filter((u) => u.lang === 'en'));
  const mention = r.chance(0.8);
  const i = r.int(0, SUPPORT_QUESTIONS.length - 1);
  // Without an @mention the shop's name is just a word, so the sentence needs a lead-in.
  const template = SUPPORT_QUESTIONS[i]!;
  const phrased =
    !mention && template.startsWith('{brand} ')
      ? `Question for {brand}: ${template.slice(8)}`
      : template;
  const question = fill(r, phrased, { brand: brandName(ctx, customer, mention) });
  const drafts: Draft[] = [
    {
      key: 'q',
      author: customer,
      minute: 0,
      text: question,
      lang: 'en',
      media: question.includes('Photos')
        ? [photo('A leaking ink bottle in a padded envelope')]
        : undefined,
    },
  ];
  if (!mention) return drafts;
  drafts.push(replyDraft('a', cast.brand, r.int(6, 95), fill(r, SUPPORT_ANSWERS[i]!), 'q'));
  if (r.chance(0.45)) {
    drafts.push(replyDraft('t', customer, drafts[1]!.minute + r.int(3, 40), r.pick(THANKS), 'a'));
  }
  return drafts;
}

const MISSPELLED = [
  'Just got my first pen from {brand} and wow. The {pen} is lovely {penTag}',
  'Does anyone know if {brand} ships to {city}?',
  "{brand}'s {ink} is the best blue-black I've used this year",
  'Hmm, my {brand} order is taking a while. Anyone else waiting?',
  'Recommend {brand} for a first fountain pen? Looking at the {pen}',
  'The {ink} from {brand} in a {paper} = perfect Sunday {inkTag}',
  'Wrote three pages with the {pen} from {brand} today. Hand is tired, heart is full',
];

function misspelled(ctx: Ctx): Draft[] {
  const { r, cast } = ctx;
  const customer = r.pick(
    cast.ofRole('customer').filter((u) => cast.spellingOf(u) && u.lang === 'en'),
  );
  const text = fill(r, r.pick(MISSPELLED), { brand: brandName(ctx, customer, false) });
  return [
    {
      key: 'p',
      author: customer,
      minute: 0,
      text,
      lang: 'en',
      media: r.chance(0.35) ? [photo('A fountain pen lying on a page of handwriting')] : undefined,
    },
  ];
}

const PRODUCT_LOVE = [
  'New ink day! {ink} from {brand} {inkTag} #fountainpen',
  'The {pen} has not left my pocket in a week. {brand} you have ruined other pens for me',
  'Swatching {ink} on {paper}. That shading! {brand} {inkTag}',
  'Morning pages with the {pen} ☕ {penTag}',
  'Finally treated myself to the {pen} from {brand}. Worth the wait',
  'Ink of the Month club parcel is here 📦 {brand} #snailmail',
];

const BRAND_THANKS = [
  'This made our day, thank you!',
  'Gorgeous page! 😍',
  "We're so glad it found a good home.",
  'That shading though. Thanks for sharing!',
];

function productLove(ctx: Ctx): Draft[] {
  const { r, cast } = ctx;
  const customer = r.pick(cast.ofRole('customer').filter((u) => u.lang === 'en'));
  const mention = r.chance(0.6);
  const drafts: Draft[] = [
    {
      key: 'p',
      author: customer,
      minute: 0,
      text: fill(r, r.pick(PRODUCT_LOVE), { brand: brandName(ctx, customer, mention) }),
      lang: 'en',
      media: r.chance(0.7)
        ? r.chance(0.15)
          ? [
              {
                type: 'video',
                alt: 'Writing sample video',
                width: 1080,
                height: 1920,
                durationMs: r.int(6, 40) * 1000,
              },
            ]
          : [
              photo('An ink swatch card with handwriting'),
              ...(r.chance(0.3) ? [photo('A pen uncapped on a desk')] : []),
            ]
        : undefined,
    },
  ];
  if (mention && r.chance(0.5)) {
    drafts.push(replyDraft('a', cast.brand, r.int(10, 120), r.pick(BRAND_THANKS), 'p'));
  }
  if (r.chance(0.25)) {
    drafts.push(repostDraft('rt', cast.brand, r.int(15, 150), 'p'));
  }
  return drafts;
}

const LEAD_QUESTIONS = [
  '{brand} what would {qty} engraved {pen}s cost? Thinking of client gifts for December',
  '{brand} do you do wholesale? We stock stationery in {city} and get asked for fountain pens a lot',
  'Hi {brand}! Could we get a quote for {qty} {paper}s with our logo on?',
  '{brand} we would love a writing set in each of our rooms. Is there a trade price for {qty}?',
  '{brand} would you do a pen-tuning table at our meet-up next month? Happy to cover costs',
];

const LEAD_ANSWERS = [
  'We would love to help! Sent you a DM with trade pricing.',
  'Yes! Engraving is free above 20 pens. Email hello@quillory.shop and we will send a quote today.',
  'Absolutely. Our trade sheet is here: {serviceUrl} and we will DM you too.',
];

function lead(ctx: Ctx): Draft[] {
  const { r, cast } = ctx;
  const buyer = r.pick(cast.ofRole('lead'));
  const viaOwner = r.chance(0.25);
  const target = viaOwner ? `@${cast.owner.username}` : `@${cast.brand.username}`;
  const drafts: Draft[] = [
    {
      key: 'q',
      author: buyer,
      minute: 0,
      text: fill(r, r.pick(LEAD_QUESTIONS), { brand: target }),
      lang: 'en',
    },
  ];
  if (r.chance(0.6)) {
    drafts.push(
      replyDraft(
        'a',
        viaOwner ? cast.owner : cast.brand,
        r.int(20, 180),
        fill(r, r.pick(LEAD_ANSWERS)),
        'q',
      ),
    );
  }
  return drafts;
}

const BRAND_NEWS = [
  'Back in stock: the {pen}. {penPrice}, and the last batch went in two days. {penUrl} {penTag}',
  'New ink! {ink} is here: {inkUrl} {inkTag}',
  'This month in the Ink of the Month club: three inks nobody else stocks. https://quillory.shop/club',
  'Workshop is closed Monday for stocktaking. Orders placed over the weekend ship Tuesday.',
  'Behind the scenes: testing every {pen} nib before it ships. Yes, every one. {penTag}',
  'A reminder that {service} is back. {serviceUrl}',
  'Our {paper} is restocked {paperUrl} #stationery',
];

const QUOTES = [
  'Need.',
  'Oh no, my wallet 😅',
  'Finally!! Ordering today',
  'This is the one I told you about @megan_reads',
  'Best shop in Bristol, no contest',
];

function brandNews(ctx: Ctx): Draft[] {
  const { r, cast } = ctx;
  const text = fill(r, r.pick(BRAND_NEWS));
  const drafts: Draft[] = [
    {
      key: 'n',
      author: cast.brand,
      minute: 0,
      text,
      lang: 'en',
      media: r.chance(0.6) ? [photo('Product photo on a wooden workbench')] : undefined,
    },
  ];
  if (r.chance(0.7)) drafts.push(repostDraft('o', cast.owner, r.int(1, 30), 'n'));
  const fans = r.sample(
    cast.ofRole('customer').filter((u) => u.lang === 'en'),
    r.int(0, 2),
  );
  fans.forEach((fan, i) => {
    if (r.chance(0.5)) {
      drafts.push({
        key: `q${i}`,
        author: fan,
        minute: r.int(5, 200),
        text: r.pick(QUOTES),
        lang: 'en',
        quoteOf: 'n',
      });
    } else {
      drafts.push(repostDraft(`r${i}`, fan, r.int(5, 200), 'n'));
    }
  });
  return drafts;
}

const OWNER_POSTS = [
  'Five years of running a pen shop and I still get a thrill packing orders. Also: my back hurts.',
  'Small business confession: I spent 40 minutes choosing tissue paper today. #smallbusiness',
  'Shopify fees up again. Doing the maths on whether a market stall pays better $SHOP',
  'Best part of the job: a customer sent a letter written with the pen we tuned for her. In {ink}, obviously.',
  "Reminder to fellow shop owners: you're allowed a day off. I am taking my own advice on Sunday. Probably.",
  'Long run along the harbour before opening. The brain sorts out the week while the legs complain.',
  'Anyone got a good accounting tool for a shop with 300 SKUs and one very tired founder? #smallbusiness',
  'Etsy vs own site: year two numbers, own site wins by a mile $ETSY',
];

const PEER_REPLIES = [
  'Every word of this.',
  'Ha! Same here.',
  'Try Sunday. Actually try it.',
  'We switched last year and never looked back, happy to chat.',
  '🙌',
];

function ownerPost(ctx: Ctx): Draft[] {
  const { r, cast } = ctx;
  const drafts: Draft[] = [
    { key: 'p', author: cast.owner, minute: 0, text: fill(r, r.pick(OWNER_POSTS)), lang: 'en' },
  ];
  const repliers = r.sample([...cast.ofRole('peer'), ...cast.ofRole('friend')], r.int(0, 2));
  repliers.forEach((u, i) => {
    drafts.push(replyDraft(`r${i}`, u, r.int(5, 90), r.pick(PEER_REPLIES), 'p'));
  });
  if (r.chance(0.2)) drafts.push(repostDraft('b', cast.brand, r.int(2, 40), 'p'));
  return drafts;
}

const PEER_POSTS: Record<string, string[]> = {
  nibsmith_tom: [
    'Stub or italic? The difference, with pictures: {link} #fountainpen',
    'Waitlist is open again for nib grinds, 40 slots: {link}',
    'A customer sent in a 1950s nib that had been used as a screwdriver. We can fix it. Probably.',
  ],
  paperandpulp: [
    'New in: cotton letter paper that eats {ink} for breakfast {link} #stationery',
    'What does 52gsm vs 90gsm actually mean for fountain pens? {link}',
  ],
  inkjournal: [
    'Review: {ink} from @quillory. Shading 8/10, sheen 3/10, drying time 22s on Tomoe River. {link}',
    "This week's roundup: six oak gall inks compared {link} #inkoftheday",
    'How to get more shading out of any ink {link}',
  ],
  stationerypod: [
    'New episode: what keeps small pen shops going, with @maren_aldous {link} #podcast',
    'Episode 212 is out! Paper, pricing and the $ETSY question {link}',
  ],
  ledgerandloom: [
    'Tan A5 covers are back, 30 made this batch {link}',
    'Stitching a run of covers for @quillory notebooks today 🧵',
  ],
  hana_makes: [
    'Batch 19 of oak gall ink is bottled. Very dark, very slow {link}',
    'Trying a walnut ink this week. The kitchen smells of autumn.',
  ],
};

function peerPost(ctx: Ctx): Draft[] {
  const { r, cast } = ctx;
  const peer = r.pick(cast.ofRole('peer'));
  const links = PEER_LINKS[peer.username] ?? [];
  const text = fill(r, r.pick(PEER_POSTS[peer.username] ?? ['Busy week in the workshop.']), {
    link: links.length ? r.pick(links) : '',
  }).trim();
  const drafts: Draft[] = [
    {
      key: 'p',
      author: peer,
      minute: 0,
      text,
      lang: 'en',
      media: r.chance(0.25) ? [photo('Workbench with tools and pens')] : undefined,
    },
  ];
  if (r.chance(0.35))
    drafts.push(replyDraft('o', cast.owner, r.int(4, 120), r.pick(PEER_REPLIES), 'p'));
  if (r.chance(0.2)) drafts.push(repostDraft('b', cast.brand, r.int(10, 200), 'p'));
  return drafts;
}

const FOREIGN: Record<string, string[]> = {
  fr: [
    "Quelqu'un a essayé l'encre {ink} de {brand} ? Elle a l'air magnifique",
    'Mon stylo {pen} de {brand} est arrivé à Lyon ! Livraison en {days} jours',
    '{brand} bonjour, livrez-vous en France ? Merci !',
  ],
  de: [
    'Die Tinte {ink} von {brand} ist wirklich schön. Schattiert toll auf {paper}',
    '{brand} liefert ihr auch nach Deutschland?',
  ],
  es: [
    'La tinta {ink} de {brand} es preciosa para acuarela #fountainpen',
    '{brand} ¿hacéis envíos a España?',
  ],
  ja: ['{brand} の {ink} インク、とても綺麗です #万年筆', '{brand} 日本への発送はありますか？'],
};

function foreign(ctx: Ctx): Draft[] {
  const { r, cast } = ctx;
  const customer = r.pick(cast.ofRole('customer').filter((u) => u.lang !== 'en'));
  const mention = r.chance(0.6);
  const text = fill(r, r.pick(FOREIGN[customer.lang] ?? FOREIGN.fr!), {
    brand: brandName(ctx, customer, mention),
  });
  const drafts: Draft[] = [{ key: 'p', author: customer, minute: 0, text, lang: customer.lang }];
  if (mention && text.includes('?') && r.chance(0.6)) {
    drafts.push(
      replyDraft(
        'a',
        cast.brand,
        r.int(15, 180),
        'Yes, we ship worldwide! Details: {help}'.replace(
          '{help}',
          'https://quillory.shop/help/shipping',
        ),
        'p',
      ),
    );
  }
  return drafts;
}

const FRIEND_POSTS: Record<string, string[]> = {
  samrunsbristol: [
    'Parkrun PB this morning! 22:41 and a very red face',
    'Best flat white in Bristol, go:',
  ],
  priya_bakes: [
    'Cardamom buns are out of the oven. Come early, they go fast',
    'Sourdough starter is 9 years old today 🎂',
  ],
};

function friendPost(ctx: Ctx): Draft[] {
  const { r, cast } = ctx;
  const friend = r.pick(cast.ofRole('friend'));
  const drafts: Draft[] = [
    {
      key: 'p',
      author: friend,
      minute: 0,
      text: r.pick(FRIEND_POSTS[friend.username] ?? ['Good morning!']),
      lang: 'en',
      media: r.chance(0.4)
        ? [
            r.chance(0.5)
              ? photo('A tray of cardamom buns')
              : { type: 'animated_gif', alt: 'A celebrating runner', width: 480, height: 270 },
          ]
        : undefined,
    },
  ];
  if (r.chance(0.5))
    drafts.push(
      replyDraft(
        'o',
        cast.owner,
        r.int(3, 60),
        r.pick(['Saving me one?', 'Legend!', 'Yesss 🎉']),
        'p',
      ),
    );
  return drafts;
}

const CHATTER = [
  'Which {inkTag} do you reach for on a grey day? Mine is {ink}',
  'Cleaned every pen on my desk tonight. Eleven. I own eleven pens. #fountainpen',
  'Hot take: fine nibs are wasted on cheap paper',
  'Pen pal letter #30 posted to {city} ✉️ #snailmail',
  'Wishlist for my birthday: the {pen}, a {paper} and a quiet afternoon',
];

function chatter(ctx: Ctx): Draft[] {
  const { r, cast } = ctx;
  const customer = r.pick(cast.ofRole('customer').filter((u) => u.lang === 'en'));
  return [{ key: 'p', author: customer, minute: 0, text: fill(r, r.pick(CHATTER)), lang: 'en' }];
}

export const EPISODES: Record<EpisodeKind, (ctx: Ctx) => Draft[]> = {
  support,
  misspelled,
  productLove,
  lead,
  brandNews,
  ownerPost,
  peerPost,
  foreign,
  friendPost,
  chatter,
};
