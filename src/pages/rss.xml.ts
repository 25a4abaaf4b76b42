import { feedOf } from '../views/feed.ts';

export const GET = feedOf('en');
