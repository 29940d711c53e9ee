/* vm/types/listsort_impl.h: the sort algorithm of listsort.c, included
 * once per comparison kind so that each kind's comparison is inlined in
 * its own copy (C's way to a template). The includer defines
 * SORT_NAME(x) (the copy's function names) and SORT_LESS(s, a, b) (a's
 * key < b's key, false once s->failed). Private to listsort.c: no guard,
 * it is meant to be included several times. */
/* Sort a[0, n) whose prefix a[0, start) is sorted: each next item goes
 * after the last item not greater than it, found by binary search. */
static void SORT_NAME(binary_insertion)(sorter *s, sort_item *a, size_t n, size_t start)
{
    for (size_t i = start; i < n && !s->failed; i++) {
        sort_item x = a[i];
        size_t lo = 0, hi = i;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (SORT_LESS(s, &x, &a[mid]))
                hi = mid;
            else
                lo = mid + 1;
        }
        memmove(a + lo + 1, a + lo, (i - lo) * sizeof *a);
        a[lo] = x;
    }
}

/* The length of the run at the start of a[0, n): non-descending, or
 * strictly descending (then reversed in place, which keeps stability
 * since no two of its items are equal). */
static size_t SORT_NAME(take_run)(sorter *s, sort_item *a, size_t n)
{
    if (n < 2)
        return n;
    size_t i = 2;
    if (SORT_LESS(s, &a[1], &a[0])) {
        while (i < n && SORT_LESS(s, &a[i], &a[i - 1]))
            i++;
        reverse_items(a, i);
    } else {
        while (i < n && !SORT_LESS(s, &a[i], &a[i - 1]))
            i++;
    }
    return i;
}

/* How many leading items of the sorted a[0, n) are not greater than key
 * (the first index whose item is greater): an exponential probe from the
 * left, then a binary search in the last gap. */
static size_t SORT_NAME(count_not_greater)(sorter *s, const sort_item *key, const sort_item *a, size_t n)
{
    if (n == 0 || SORT_LESS(s, key, &a[0]))
        return 0;
    size_t lo = 0, hi = 1;   /* a[lo] <= key */
    while (hi < n && !SORT_LESS(s, key, &a[hi])) {
        lo = hi;
        hi = 2 * hi + 1;
    }
    if (hi > n)
        hi = n;
    for (lo++; lo < hi;) {
        size_t mid = lo + (hi - lo) / 2;
        if (SORT_LESS(s, key, &a[mid]))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* How many leading items of the sorted a[0, n) are less than key. */
static size_t SORT_NAME(count_less)(sorter *s, const sort_item *key, const sort_item *a, size_t n)
{
    if (n == 0 || !SORT_LESS(s, &a[0], key))
        return 0;
    size_t lo = 0, hi = 1;   /* a[lo] < key */
    while (hi < n && SORT_LESS(s, &a[hi], key)) {
        lo = hi;
        hi = 2 * hi + 1;
    }
    if (hi > n)
        hi = n;
    for (lo++; lo < hi;) {
        size_t mid = lo + (hi - lo) / 2;
        if (SORT_LESS(s, &a[mid], key))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}


/* Merge the sorted a[0, na) and a[na, na + nb) (a[na] < a[0] and
 * a[na - 1] > a[na + nb - 1] hold: merge_at trimmed them). The left run
 * moves to tmp and the merge fills a from the left; equal items keep the
 * left run's first. When one side keeps winning, whole blocks are found
 * by galloping and copied at once. */
static void SORT_NAME(merge_runs)(sorter *s, merge_state *ms, sort_item *a, size_t na, size_t nb)
{
    sort_item *t = ms->tmp;
    memcpy(t, a, na * sizeof *a);
    size_t i = 0, j = na, k = 0, hi = na + nb;
    while (i < na && j < hi && !s->failed) {
        size_t wins_l = 0, wins_r = 0;
        /* one item at a time until a side wins min_gallop times in a row */
        while (i < na && j < hi && (wins_l | wins_r) < ms->min_gallop) {
            if (SORT_LESS(s, &a[j], &t[i])) {
                a[k++] = a[j++];
                wins_r++;
                wins_l = 0;
            } else {
                a[k++] = t[i++];
                wins_l++;
                wins_r = 0;
            }
        }
        /* galloping: blocks while they stay long */
        bool long_blocks = true;
        while (i < na && j < hi && long_blocks && !s->failed) {
            size_t c = SORT_NAME(count_not_greater)(s, &a[j], t + i, na - i);
            memcpy(a + k, t + i, c * sizeof *a);
            k += c;
            i += c;
            if (i == na)
                break;
            a[k++] = a[j++];
            if (j == hi)
                break;
            size_t d = SORT_NAME(count_less)(s, &t[i], a + j, hi - j);
            memmove(a + k, a + j, d * sizeof *a);
            k += d;
            j += d;
            if (j == hi)
                break;
            a[k++] = t[i++];
            long_blocks = c >= MIN_GALLOP || d >= MIN_GALLOP;
            if (ms->min_gallop > 1)
                ms->min_gallop--;
        }
        ms->min_gallop += 2;   /* galloping stopped paying: make it harder to enter */
    }
    /* the rest of the left run (the right's rest is in place already) */
    memcpy(a + k, t + i, (na - i) * sizeof *a);
}


/* Merge runs p[n] and p[n + 1] (adjacent) into p[n]. */
static void SORT_NAME(merge_at)(sorter *s, merge_state *ms, sort_item *a, sort_run *p, size_t nruns, size_t n)
{
    sort_item *left = a + p[n].base, *right = a + p[n + 1].base;
    size_t na = p[n].len, nb = p[n + 1].len;
    p[n].len = na + nb;
    if (n + 2 < nruns)
        p[n + 1] = p[n + 2];
    /* the left's items not greater than the right's first stay; so do the
     * right's items not less than the left's last */
    size_t skip = SORT_NAME(count_not_greater)(s, &right[0], left, na);
    left += skip;
    na -= skip;
    if (na == 0 || s->failed)
        return;
    nb = SORT_NAME(count_less)(s, &left[na - 1], right, nb);
    if (nb == 0 || s->failed)
        return;
    SORT_NAME(merge_runs)(s, ms, left, na, nb);
}

/* Restore the stack invariants (each run longer than the next two
 * together, and than the next), so that merges stay balanced. */
static size_t SORT_NAME(collapse)(sorter *s, merge_state *ms, sort_item *a, sort_run *p, size_t nruns, bool all)
{
    while (nruns > 1 && !s->failed) {
        size_t n = nruns - 2;
        if (!all && !((n > 0 && p[n - 1].len <= p[n].len + p[n + 1].len)
                      || (n > 1 && p[n - 2].len <= p[n - 1].len + p[n].len)
                      || p[n].len <= p[n + 1].len))
            break;
        if (n > 0 && p[n - 1].len < p[n + 1].len)
            n--;
        SORT_NAME(merge_at)(s, ms, a, p, nruns, n);
        nruns--;
    }
    return nruns;
}


/* A stable natural merge sort: runs found in the data (short ones
 * extended by binary insertion) are merged as a stack keeps them
 * balanced, with galloping merges. tmp has room for n items. */
static void SORT_NAME(merge_sort)(sorter *s, sort_item *a, size_t n, sort_item *tmp)
{
    sort_run runs[90];   /* the invariants bound the stack by log_phi(n) */
    size_t nruns = 0, minrun = min_run(n);
    merge_state ms = {tmp, MIN_GALLOP};
    for (size_t lo = 0; lo < n && !s->failed;) {
        size_t len = SORT_NAME(take_run)(s, a + lo, n - lo);
        if (len < minrun) {
            size_t force = n - lo < minrun ? n - lo : minrun;
            SORT_NAME(binary_insertion)(s, a + lo, force, len);
            len = force;
        }
        runs[nruns++] = (sort_run){lo, len};
        nruns = SORT_NAME(collapse)(s, &ms, a, runs, nruns, false);
        lo += len;
    }
    SORT_NAME(collapse)(s, &ms, a, runs, nruns, true);
}

#undef SORT_NAME
#undef SORT_LESS
