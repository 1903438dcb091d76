import { Button } from "./button";

interface Paged {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** "Show more …" under a paged list: appends the next page (the server's cursor); nothing once all are shown. */
export function ShowMore({ list, what }: { list: Paged; what: string }) {
  if (!list.hasNextPage) {
    return null;
  }
  return (
    <Button size="small" isBusy={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
      Show more {what}
    </Button>
  );
}

/** useInfiniteQuery's paging by the server's cursor: no cursor first, then each page's `nextCursor` until null. */
export const pagedByCursor = {
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined,
};

/** Every item of the pages read so far, in order. */
export const itemsOf = <T,>(data: { pages: { items: T[] }[] } | undefined): T[] | undefined =>
  data?.pages.flatMap((page) => page.items);
