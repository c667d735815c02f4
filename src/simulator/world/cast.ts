import { avatarPath } from '../media/paths';
import { snowflake } from './snowflake';
import type { Role, SimUser } from './types';

const SNOWFLAKE_START = Date.parse('2010-11-04T01:42:54.657Z');

/**
 * The people of the simulated world: Quillory, a small fountain-pen and ink shop in Bristol, its
 * owner, their customers (several of whom cannot spell "Quillory"), leads, the owner's industry
 * peers and a couple of friends.
 */
interface Person {
  username: string;
  name: string;
  role: Role;
  description: string;
  location?: string;
  url?: string;
  since: string;
  followers: number;
  lang?: string;
  verifiedType?: 'blue' | 'business';
  /** The way this customer writes the brand's name when they do not @mention it. */
  spelling?: string;
}

const PEOPLE: Person[] = [
  {
    username: 'quillory',
    name: 'Quillory Pens & Ink',
    role: 'brand',
    description:
      'Fountain pens, bottled ink and nib tuning from a tiny workshop in Bristol. Questions? @ us or see quillory.shop/help #fountainpen',
    location: 'Bristol, UK',
    url: 'https://quillory.shop',
    since: '2019-03-14T10:02:11Z',
    followers: 4820,
    verifiedType: 'business',
  },
  {
    username: 'maren_aldous',
    name: 'Maren Aldous',
    role: 'owner',
    description:
      'Founder of @quillory. Ink on my fingers, spreadsheets on my mind. Runner, bad baker. Views mine.',
    location: 'Bristol',
    since: '2012-06-02T19:44:08Z',
    followers: 1310,
  },
  // Customers.
  {
    username: 'inkyfingers_jo',
    name: 'Jo Pemberton',
    role: 'customer',
    description: 'Teacher. Fountain pen convert. Too many blue inks.',
    location: 'Leeds',
    since: '2014-09-21T08:10:00Z',
    followers: 412,
  },
  {
    username: 'dgrant_writes',
    name: 'Dave Grant',
    role: 'customer',
    description: 'Novelist in progress. Longhand first drafts.',
    location: 'Glasgow',
    since: '2011-01-30T22:41:00Z',
    followers: 2204,
    spelling: 'Quilory',
  },
  {
    username: 'penwoman_ruth',
    name: 'Ruth Okonkwo',
    role: 'customer',
    description: 'Architect. Sketching with fine nibs. She/her.',
    location: 'London',
    since: '2016-04-11T12:00:00Z',
    followers: 876,
    spelling: 'Quillery',
  },
  {
    username: 'tomsnotebooks',
    name: 'Tom Hardcastle',
    role: 'customer',
    description: 'Bullet journal nerd. Dot grid or nothing.',
    location: 'Manchester',
    since: '2017-08-19T17:30:00Z',
    followers: 1530,
    spelling: 'quillary',
  },
  {
    username: 'beatrix_b',
    name: 'Beatrix Bell',
    role: 'customer',
    description: 'Calligraphy, cats, cold tea.',
    location: 'York',
    since: '2013-02-14T09:15:00Z',
    followers: 689,
    spelling: 'Quilery',
  },
  {
    username: 'sunil_sketches',
    name: 'Sunil Mehta',
    role: 'customer',
    description: 'Urban sketcher. Ink and wash every lunch break.',
    location: 'Birmingham',
    since: '2015-10-03T13:00:00Z',
    followers: 3120,
    verifiedType: 'blue',
  },
  {
    username: 'megan_reads',
    name: 'Megan Lloyd',
    role: 'customer',
    description: 'Librarian. Letters to pen pals in 14 countries.',
    location: 'Cardiff',
    since: '2012-11-25T18:20:00Z',
    followers: 954,
    spelling: 'Qillory',
  },
  {
    username: 'oldnib_george',
    name: 'George Fairweather',
    role: 'customer',
    description: 'Retired engineer. Restores vintage pens. Opinions on sacs.',
    location: 'Bath',
    since: '2010-05-07T07:00:00Z',
    followers: 305,
    spelling: 'Quillorie',
  },
  {
    username: 'claire_ecrit',
    name: 'Claire Dubois',
    role: 'customer',
    description: "J'écris des lettres. Encres bleues et papier épais.",
    location: 'Lyon',
    since: '2014-03-09T10:00:00Z',
    followers: 512,
    lang: 'fr',
  },
  {
    username: 'jonas_schreibt',
    name: 'Jonas Keller',
    role: 'customer',
    description: 'Füllerfan aus Freiburg. Tinte ist Leben.',
    location: 'Freiburg',
    since: '2015-06-18T15:00:00Z',
    followers: 287,
    lang: 'de',
    spelling: 'Quilory',
  },
  {
    username: 'lucia_tinta',
    name: 'Lucía Navarro',
    role: 'customer',
    description: 'Ilustradora. Plumas estilográficas y acuarela.',
    location: 'Valencia',
    since: '2016-01-27T11:00:00Z',
    followers: 1904,
    lang: 'es',
  },
  {
    username: 'kaito_pen',
    name: '佐藤 海斗',
    role: 'customer',
    description: '万年筆とインクが好きです。',
    location: 'Osaka',
    since: '2013-07-07T03:00:00Z',
    followers: 2650,
    lang: 'ja',
  },
  // Leads.
  {
    username: 'brightdesk_uk',
    name: 'BrightDesk Office Supplies',
    role: 'lead',
    description: 'Office supplies for small teams across the South West.',
    location: 'Exeter',
    url: 'https://brightdesk.co.uk',
    since: '2018-02-12T09:00:00Z',
    followers: 1120,
  },
  {
    username: 'hotel_lumen',
    name: 'Hotel Lumen',
    role: 'lead',
    description: 'A 24-room boutique hotel on the harbour. Writing desks in every room.',
    location: 'Bristol',
    url: 'https://hotellumen.com',
    since: '2017-05-01T09:00:00Z',
    followers: 3480,
  },
  {
    username: 'giftsbyrosa',
    name: 'Rosa | Corporate Gifts',
    role: 'lead',
    description: 'Curated gift boxes for teams and clients.',
    location: 'London',
    since: '2020-09-09T09:00:00Z',
    followers: 760,
  },
  {
    username: 'leedspenclub',
    name: 'Leeds Pen Club',
    role: 'lead',
    description: 'Monthly meet-ups for pen people. Next one: first Thursday.',
    location: 'Leeds',
    since: '2016-11-03T19:00:00Z',
    followers: 640,
  },
  // Peers.
  {
    username: 'nibsmith_tom',
    name: 'Tom Ashby — Nibsmith',
    role: 'peer',
    description: 'Nib grinding and tuning. Italics, stubs, architects. Waitlist open.',
    location: 'Sheffield',
    url: 'https://nibsmith.co.uk',
    since: '2013-04-22T10:00:00Z',
    followers: 5210,
  },
  {
    username: 'paperandpulp',
    name: 'Paper & Pulp',
    role: 'peer',
    description: 'Independent paper shop. Fountain-pen friendly everything.',
    location: 'Edinburgh',
    url: 'https://paperandpulp.co',
    since: '2015-08-30T10:00:00Z',
    followers: 8930,
  },
  {
    username: 'inkjournal',
    name: 'The Ink Journal',
    role: 'peer',
    description: 'Ink reviews, swatches and the occasional rant. New review every Tuesday.',
    url: 'https://inkjournal.net',
    since: '2012-12-12T12:00:00Z',
    followers: 15400,
  },
  {
    username: 'stationerypod',
    name: 'The Stationery Podcast',
    role: 'peer',
    description: 'A weekly show about pens, paper and the people who make them.',
    url: 'https://stationerypod.fm',
    since: '2018-01-15T10:00:00Z',
    followers: 6720,
  },
  {
    username: 'ledgerandloom',
    name: 'Ledger & Loom',
    role: 'peer',
    description: 'Hand-stitched leather notebook covers. Small batch, Cornwall.',
    location: 'Falmouth',
    since: '2019-07-19T10:00:00Z',
    followers: 2310,
  },
  {
    username: 'hana_makes',
    name: 'Hana Ito',
    role: 'peer',
    description: 'Makes ink from oak galls and stubbornness. Small-batch inks, Kyoto → Bristol.',
    location: 'Bristol',
    since: '2014-10-10T10:00:00Z',
    followers: 3890,
  },
  // The owner's friends.
  {
    username: 'samrunsbristol',
    name: 'Sam Carter',
    role: 'friend',
    description: 'Parkrun volunteer. Coffee snob. Dad of two.',
    location: 'Bristol',
    since: '2011-03-03T07:00:00Z',
    followers: 402,
  },
  {
    username: 'priya_bakes',
    name: 'Priya Shah',
    role: 'friend',
    description: 'Sourdough, cardamom buns and a bakery that opens at 7.',
    location: 'Bristol',
    since: '2015-05-05T05:00:00Z',
    followers: 2780,
  },
];

export interface Cast {
  users: SimUser[];
  byUsername(username: string): SimUser | undefined;
  byId(id: string): SimUser | undefined;
  brand: SimUser;
  owner: SimUser;
  ofRole(role: Role): SimUser[];
  /** How a customer writes the brand's name when they do not @mention it, if they misspell it. */
  spellingOf(user: SimUser): string | undefined;
}

export function buildCast(): Cast {
  const users: SimUser[] = PEOPLE.map((p, index) => {
    const createdAt = Date.parse(p.since);
    // Accounts older than X's snowflake ids (November 2010) have small sequential ids.
    const id =
      createdAt < SNOWFLAKE_START
        ? String(140_000_000 + index * 7919)
        : snowflake(createdAt, 40 + index, index).toString();
    return {
      id,
      username: p.username,
      name: p.name,
      role: p.role,
      description: p.description,
      location: p.location,
      url: p.url,
      createdAt,
      verified: p.verifiedType !== undefined,
      verifiedType: p.verifiedType ?? 'none',
      protected: false,
      followersCount: p.followers,
      followingIds: [],
      listedCount: Math.round(p.followers / 60),
      likeCount: Math.round(p.followers * 2.3),
      profileImageUrl: avatarPath(p.username),
      lang: p.lang ?? 'en',
    };
  });
  const byName = new Map(users.map((u) => [u.username.toLowerCase(), u]));
  const byId = new Map(users.map((u) => [u.id, u]));
  const spellings = new Map(PEOPLE.filter((p) => p.spelling).map((p) => [p.username, p.spelling!]));
  const ofRole = (role: Role) => users.filter((u) => u.role === role);
  const brand = ofRole('brand')[0]!;
  const owner = ofRole('owner')[0]!;
  const ids = (role: Role) => ofRole(role).map((u) => u.id);

  // Who follows whom decides the two home timelines.
  brand.followingIds = [owner.id, ...ids('peer'), ...ids('customer').slice(0, 6), ...ids('lead')];
  owner.followingIds = [brand.id, ...ids('peer'), ...ids('friend'), ...ids('customer').slice(0, 3)];
  for (const u of users) {
    if (u.role === 'customer' || u.role === 'lead')
      u.followingIds = [brand.id, ...ids('peer').slice(0, 3)];
    if (u.role === 'peer')
      u.followingIds = [brand.id, owner.id, ...ids('peer').filter((i) => i !== u.id)];
    if (u.role === 'friend')
      u.followingIds = [owner.id, ...ids('friend').filter((i) => i !== u.id)];
  }

  return {
    users,
    byUsername: (username) => byName.get(username.replace(/^@/, '').toLowerCase()),
    byId: (id) => byId.get(id),
    brand,
    owner,
    ofRole,
    spellingOf: (user) => spellings.get(user.username),
  };
}
