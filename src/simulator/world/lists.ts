import type { Cast } from './cast';
import { snowflake } from './snowflake';
import type { SimList } from './types';

/** The lists the two demo accounts own. */
export function buildLists(cast: Cast): SimList[] {
  const ids = (role: Parameters<Cast['ofRole']>[0]) => cast.ofRole(role).map((u) => u.id);
  const customers = cast.ofRole('customer');
  const defs: Array<Omit<SimList, 'id'>> = [
    {
      name: 'Stationery peers',
      description: 'Makers and shops we learn from.',
      ownerId: cast.brand.id,
      memberIds: [...ids('peer'), cast.owner.id],
      createdAt: Date.parse('2021-02-09T11:20:00Z'),
      followerCount: 38,
      private: false,
    },
    {
      name: 'Trade & wholesale',
      description: 'Shops, hotels and clubs that buy in bulk.',
      ownerId: cast.brand.id,
      memberIds: ids('lead'),
      createdAt: Date.parse('2022-10-17T15:05:00Z'),
      followerCount: 4,
      private: false,
    },
    {
      name: 'Pen friends',
      description: 'People who make my timeline better.',
      ownerId: cast.owner.id,
      memberIds: [...ids('peer').slice(0, 4), ...customers.slice(0, 5).map((u) => u.id)],
      createdAt: Date.parse('2020-06-30T20:45:00Z'),
      followerCount: 12,
      private: false,
    },
    {
      name: 'Bristol',
      description: 'Neighbours, friends and the bakery.',
      ownerId: cast.owner.id,
      memberIds: [...ids('friend'), cast.byUsername('hana_makes')!.id],
      createdAt: Date.parse('2019-11-02T09:30:00Z'),
      followerCount: 7,
      private: false,
    },
  ];
  return defs.map((d, i) => ({ ...d, id: snowflake(d.createdAt, 900 + i, i).toString() }));
}
