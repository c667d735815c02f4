/** What Quillory sells and where its links point: the nouns the post templates are filled with. */

export interface Product {
  name: string;
  price: string;
  url: string;
  hashtag: string;
}

export const PENS: Product[] = [
  {
    name: 'Quillory No. 2',
    price: '£48',
    url: 'https://quillory.shop/pens/no-2',
    hashtag: '#fountainpen',
  },
  {
    name: 'Brass Pocket Pen',
    price: '£62',
    url: 'https://quillory.shop/pens/brass-pocket',
    hashtag: '#pocketpen',
  },
  {
    name: 'Harbourside Demonstrator',
    price: '£35',
    url: 'https://quillory.shop/pens/harbourside-demonstrator',
    hashtag: '#demonstrator',
  },
  {
    name: 'Ebonite Classic',
    price: '£120',
    url: 'https://quillory.shop/pens/ebonite-classic',
    hashtag: '#ebonite',
  },
];

export const INKS: Product[] = [
  {
    name: 'Harbour Blue',
    price: '£14',
    url: 'https://quillory.shop/inks/harbour-blue',
    hashtag: '#inkoftheday',
  },
  {
    name: 'Sepia Tide',
    price: '£14',
    url: 'https://quillory.shop/inks/sepia-tide',
    hashtag: '#inkoftheday',
  },
  {
    name: 'Clifton Green',
    price: '£14',
    url: 'https://quillory.shop/inks/clifton-green',
    hashtag: '#greenink',
  },
  {
    name: 'Redcliffe Red',
    price: '£14',
    url: 'https://quillory.shop/inks/redcliffe-red',
    hashtag: '#inkoftheday',
  },
  {
    name: 'Severn Grey',
    price: '£14',
    url: 'https://quillory.shop/inks/severn-grey',
    hashtag: '#shimmerink',
  },
];

export const PAPER: Product[] = [
  {
    name: 'A5 Dot Grid Notebook',
    price: '£16',
    url: 'https://quillory.shop/paper/a5-dot-grid',
    hashtag: '#notebook',
  },
  {
    name: 'Letter Writing Set',
    price: '£22',
    url: 'https://quillory.shop/paper/letter-set',
    hashtag: '#snailmail',
  },
];

export const SERVICES = [
  { name: 'nib tuning', url: 'https://quillory.shop/services/nib-tuning' },
  { name: 'Ink of the Month club', url: 'https://quillory.shop/club' },
  { name: 'engraving', url: 'https://quillory.shop/services/engraving' },
];

export const HELP_LINKS = [
  'https://quillory.shop/help/shipping',
  'https://quillory.shop/help/returns',
  'https://quillory.shop/help/ink-flow',
  'https://quillory.shop/help/cleaning-your-pen',
];

export const PEER_LINKS: Record<string, string[]> = {
  nibsmith_tom: ['https://nibsmith.co.uk/blog/stub-vs-italic', 'https://nibsmith.co.uk/waitlist'],
  paperandpulp: [
    'https://paperandpulp.co/new-in/cotton-letter-paper',
    'https://paperandpulp.co/journal/paper-weights-explained',
  ],
  inkjournal: [
    'https://inkjournal.net/reviews/2026/harbour-blue',
    'https://inkjournal.net/reviews/2026/oak-gall-roundup',
    'https://inkjournal.net/guides/shading-and-sheen',
  ],
  stationerypod: [
    'https://stationerypod.fm/episodes/212',
    'https://stationerypod.fm/episodes/213-small-shops',
  ],
  ledgerandloom: ['https://ledgerandloom.co.uk/covers/a5-tan'],
  hana_makes: ['https://hanamakes.ink/batch-19'],
};

/** Link titles, as X's URL unwinding shows them, for the links we know. */
export const LINK_TITLES: Record<string, string> = {
  'https://quillory.shop/club': 'Ink of the Month club — Quillory',
  'https://quillory.shop/help/shipping': 'Shipping & delivery times — Quillory help',
  'https://inkjournal.net/reviews/2026/harbour-blue': 'Review: Quillory Harbour Blue',
  'https://stationerypod.fm/episodes/213-small-shops':
    'Episode 213: What keeps small pen shops going',
};

export const CITIES = [
  'Dublin',
  'Paris',
  'Toronto',
  'Oslo',
  'Melbourne',
  'New York',
  'Berlin',
  'Belfast',
];

export function orderNumber(n: number): string {
  return `Q-${10400 + n}`;
}
