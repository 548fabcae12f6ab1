/** /rss.xml: the newest events. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts.ts';
import { loadArchive } from '../site/archive.ts';
import { credibleDate, formatEventDate, machineDate } from '../site/display-dates.ts';
import { linkPreviewText } from '../site/summary.ts';
import { eventPath } from '../site/paths.ts';

const FEED_SIZE = 50;

export const GET: APIRoute = async ({ site }) => {
  const { events } = await loadArchive();
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: site!,
    items: events.slice(0, FEED_SIZE).map((event) => ({
      title: event.title,
      link: eventPath(event.slug),
      description: `${formatEventDate(event.date)} — ${linkPreviewText(event.summary, 400)}`,
      ...(credibleDate(event.date).precision === 'day' && machineDate(event.date)
        ? { pubDate: new Date(`${machineDate(event.date)}T00:00:00Z`) }
        : {}),
      customData: `<guid isPermaLink="false">${event.id}</guid>`,
    })),
    customData: '<language>vi</language>',
  });
};
