/* vm/modules/timemodule.c: the `time` module: clocks (time, perf_counter,
 * monotonic, process_time and their _ns forms), sleep, and calendar time
 * (gmtime, localtime, mktime, strftime, asctime, ctime) over struct_time,
 * a tuple of nine ints whose items also read as named fields, as
 * CPython 3.11's structseq. */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "abstract.h"
#include "buf.h"
#include "error.h"
#include "eval.h"
#include "modules.h"
#include "refcount.h"
#include "stdmod.h"
#include "types.h"
#include "vm.h"

#define FN(name)                                                                  \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

/* ---- struct_time ---------------------------------------------------------------------------- */

#define N_FIELDS 9
static const char *const field_names[N_FIELDS] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
};

tpy_type tpy_struct_time_type;

static tpy_object *st_repr(tpy_vm *vm, tpy_object *o)
{
    tpy_buf b;
    tpy_buf_init(&b, vm);
    int r = tpy_buf_puts(&b, "time.struct_time(");
    for (intptr_t i = 0; i < N_FIELDS && r == 0; i++) {
        r = tpy_buf_printf(&b, "%s%s=", i ? ", " : "", field_names[i]);
        if (r == 0)
            r = tpy_buf_put_repr(&b, tpy_tuple_get(o, i));
    }
    if (r == 0)
        r = tpy_buf_putc(&b, ')');
    if (r < 0) {
        tpy_buf_free(&b);
        return NULL;
    }
    return tpy_buf_finish(&b);
}

static tpy_object *st_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                          tpy_object *kwnames)
{
    (void)t;
    if (tpy_arg_nokw(vm, "struct_time", kwnames) < 0 ||
        tpy_arg_count(vm, "struct_time", nargs, 1, 1) < 0)
        return NULL;
    tpy_object *seq = tpy_sequence_tuple(vm, args[0]);
    if (!seq)
        return NULL;
    intptr_t n = tpy_tuple_len(seq);
    tpy_object *r = NULL;
    if (n != N_FIELDS)
        tpy_err_format(vm, &tpy_exc_TypeError,
                       "time.struct_time() takes an at least 9-sequence (%zd-sequence given)", n);
    else if ((r = tpy_alloc_var(vm, &tpy_struct_time_type, N_FIELDS)))
        for (intptr_t i = 0; i < N_FIELDS; i++)
            ((tpy_tuple *)r)->items[i] = tpy_newref(tpy_tuple_get(seq, i));
    tpy_decref(vm, seq);
    return r;
}

#define FIELD_GETTER(i)                                                 \
    static tpy_object *st_get_##i(tpy_vm *vm, tpy_object *o)            \
    {                                                                   \
        (void)vm;                                                       \
        return tpy_newref(tpy_tuple_get(o, i));                         \
    }
FIELD_GETTER(0)
FIELD_GETTER(1)
FIELD_GETTER(2)
FIELD_GETTER(3)
FIELD_GETTER(4)
FIELD_GETTER(5)
FIELD_GETTER(6)
FIELD_GETTER(7)
FIELD_GETTER(8)

static const tpy_getset_def st_getsets[] = {
    {"tm_year", st_get_0, NULL}, {"tm_mon", st_get_1, NULL},  {"tm_mday", st_get_2, NULL},
    {"tm_hour", st_get_3, NULL}, {"tm_min", st_get_4, NULL},  {"tm_sec", st_get_5, NULL},
    {"tm_wday", st_get_6, NULL}, {"tm_yday", st_get_7, NULL}, {"tm_isdst", st_get_8, NULL},
    {NULL, NULL, NULL},
};

/* The layout hooks (destroy, traverse, clear) are inherited from tuple. */
tpy_type tpy_struct_time_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "time.struct_time", .basic_size = sizeof(tpy_tuple),
               .item_size = sizeof(tpy_object *), .flags = TPY_OBJ_CONTAINER},
    .name = "time.struct_time",
    .flags = TPY_TF_IMMUTABLE,
    .base = &tpy_tuple_type,
    .repr = st_repr,
    .str = st_repr,
    .new_ = st_new,
    .getsets = st_getsets,
};

/* A struct_time of a C struct tm (tm_year from 1900, tm_mon from 0, tm_wday
 * from Sunday: Python counts from 1, from 1 and from Monday). */
static tpy_object *st_from_tm(tpy_vm *vm, const struct tm *tm)
{
    const int64_t v[N_FIELDS] = {
        tm->tm_year + 1900LL, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min,
        tm->tm_sec, (tm->tm_wday + 6) % 7, tm->tm_yday + 1, tm->tm_isdst,
    };
    tpy_object *r = tpy_alloc_var(vm, &tpy_struct_time_type, N_FIELDS);
    for (intptr_t i = 0; r && i < N_FIELDS; i++) {
        tpy_object *x = tpy_int_from_i64(vm, v[i]);
        if (!x)
            TPY_CLEAR(vm, r);
        else
            ((tpy_tuple *)r)->items[i] = x;
    }
    return r;
}

/* A struct tm from a 9-tuple or struct_time, as CPython's gettmarg. */
static int tm_from_arg(tpy_vm *vm, const char *fname, tpy_object *o, struct tm *tm)
{
    if (!tpy_tuple_check(o))
        return tpy_err_format(vm, &tpy_exc_TypeError, "Tuple or struct_time argument required"),
               -1;
    if (tpy_tuple_len(o) != N_FIELDS)
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "%s(): illegal time tuple argument", fname),
               -1;
    int64_t v[N_FIELDS];
    for (intptr_t i = 0; i < N_FIELDS; i++) {
        tpy_object *x = tpy_tuple_get(o, i);
        if (!tpy_int_check(x))
            return tpy_err_format(vm, &tpy_exc_TypeError,
                                  "'%s' object cannot be interpreted as an integer",
                                  tpy_type_of(x)->name),
                   -1;
        if (tpy_int_to_i64(vm, x, &v[i]) < 0 || v[i] < INT32_MIN || v[i] > INT32_MAX)
            return tpy_err_clear(vm),
                   tpy_err_set(vm, &tpy_exc_OverflowError, "Python int too large to convert to C int"),
                   -1;
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(v[0] - 1900);
    tm->tm_mon = (int)v[1] - 1;
    tm->tm_mday = (int)v[2];
    tm->tm_hour = (int)v[3];
    tm->tm_min = (int)v[4];
    tm->tm_sec = (int)v[5];
    tm->tm_wday = (int)((v[6] + 1) % 7);
    tm->tm_yday = (int)v[7] - 1;
    tm->tm_isdst = (int)v[8];
    return 0;
}

/* The range checks strftime and asctime make (CPython's checktm). */
static int check_tm(tpy_vm *vm, struct tm *tm)
{
    const char *bad = NULL;
    if (tm->tm_mon == -1)
        tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11)
        bad = "month out of range";
    if (tm->tm_mday == 0)
        tm->tm_mday = 1;
    else if (tm->tm_mday < 0 || tm->tm_mday > 31)
        bad = bad ? bad : "day of month out of range";
    if (!bad && (tm->tm_hour < 0 || tm->tm_hour > 23))
        bad = "hour out of range";
    if (!bad && (tm->tm_min < 0 || tm->tm_min > 59))
        bad = "minute out of range";
    if (!bad && (tm->tm_sec < 0 || tm->tm_sec > 61))
        bad = "seconds out of range";
    if (!bad && tm->tm_wday < 0)
        bad = "day of week out of range";
    if (tm->tm_yday == -1)
        tm->tm_yday = 0;
    else if (!bad && (tm->tm_yday < 0 || tm->tm_yday > 365))
        bad = "day of year out of range";
    if (bad) {
        tpy_err_set(vm, &tpy_exc_ValueError, bad);
        return -1;
    }
    return 0;
}

/* ---- clocks ------------------------------------------------------------------------------------- */

static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static tpy_object *clock_seconds(tpy_vm *vm, const char *fname, size_t nargs,
                                 tpy_object *kwnames, clockid_t id)
{
    if (tpy_arg_none(vm, fname, nargs, kwnames) < 0)
        return NULL;
    struct timespec ts;
    clock_gettime(id, &ts);
    return tpy_float_from_double(vm, (double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

static tpy_object *clock_int(tpy_vm *vm, const char *fname, size_t nargs, tpy_object *kwnames,
                             clockid_t id)
{
    if (tpy_arg_none(vm, fname, nargs, kwnames) < 0)
        return NULL;
    return tpy_int_from_i64(vm, clock_ns(id));
}

#define CLOCK_FNS(pyname, id)                                             \
    FN(t_##pyname)                                                        \
    {                                                                     \
        (void)self;                                                       \
        (void)args;                                                       \
        return clock_seconds(vm, #pyname, nargs, kwnames, id);            \
    }                                                                     \
    FN(t_##pyname##_ns)                                                   \
    {                                                                     \
        (void)self;                                                       \
        (void)args;                                                       \
        return clock_int(vm, #pyname "_ns", nargs, kwnames, id);          \
    }
CLOCK_FNS(time, CLOCK_REALTIME)
CLOCK_FNS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FNS(monotonic, CLOCK_MONOTONIC)
CLOCK_FNS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FNS(thread_time, CLOCK_THREAD_CPUTIME_ID)

/* A number of seconds as a double (int or float; anything else is a
 * TypeError, as CPython's _PyTime_FromSecondsObject says it). */
static int seconds_arg(tpy_vm *vm, tpy_object *o, double *out)
{
    if (tpy_float_check(o)) {
        *out = tpy_float_value(o);
        if (isnan(*out))
            return tpy_err_set(vm, &tpy_exc_ValueError, "Invalid value NaN (not a number)"), -1;
        return 0;
    }
    if (tpy_int_check(o))
        return tpy_int_to_double(vm, o, out);
    tpy_err_format(vm, &tpy_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                   tpy_type_of(o)->name);
    return -1;
}

FN(t_sleep)
{
    (void)self;
    double secs;
    if (tpy_arg_nokw(vm, "sleep", kwnames) < 0 || tpy_arg_count(vm, "sleep", nargs, 1, 1) < 0 ||
        seconds_arg(vm, args[0], &secs) < 0)
        return NULL;
    if (secs < 0)
        return tpy_err_format(vm, &tpy_exc_ValueError, "sleep length must be non-negative");
    struct timespec ts = {(time_t)secs, (long)((secs - floor(secs)) * 1e9)};
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
        ;
    return tpy_newref(TPY_NONE);
}

/* ---- calendar time ------------------------------------------------------------------------------- */

/* The time_t of an optional seconds argument (None or absent: now),
 * rounded toward minus infinity as CPython does. */
static int time_arg(tpy_vm *vm, tpy_object *const *args, size_t nargs, time_t *out)
{
    if (nargs == 0 || args[0] == TPY_NONE) {
        *out = time(NULL);
        return 0;
    }
    double secs;
    if (seconds_arg(vm, args[0], &secs) < 0)
        return -1;
    if (!(secs > -9.2e18 && secs < 9.2e18))
        return tpy_err_set(vm, &tpy_exc_OverflowError, "timestamp out of range for platform time_t"),
               -1;
    *out = (time_t)floor(secs);
    return 0;
}

static tpy_object *broken_down(tpy_vm *vm, const char *fname, tpy_object *const *args,
                               size_t nargs, tpy_object *kwnames, bool local)
{
    time_t t;
    if (tpy_arg_nokw(vm, fname, kwnames) < 0 || tpy_arg_count(vm, fname, nargs, 0, 1) < 0 ||
        time_arg(vm, args, nargs, &t) < 0)
        return NULL;
    struct tm tm;
    if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm)))
        return tpy_err_format(vm, &tpy_exc_OverflowError, "timestamp out of range for platform time_t");
    return st_from_tm(vm, &tm);
}

FN(t_gmtime)
{
    (void)self;
    return broken_down(vm, "gmtime", args, nargs, kwnames, false);
}

FN(t_localtime)
{
    (void)self;
    return broken_down(vm, "localtime", args, nargs, kwnames, true);
}

FN(t_mktime)
{
    (void)self;
    struct tm tm;
    if (tpy_arg_nokw(vm, "mktime", kwnames) < 0 || tpy_arg_count(vm, "mktime", nargs, 1, 1) < 0 ||
        tm_from_arg(vm, "mktime", args[0], &tm) < 0)
        return NULL;
    tm.tm_wday = -1;   /* mktime leaves it alone on failure */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1)
        return tpy_err_format(vm, &tpy_exc_OverflowError, "mktime argument out of range");
    return tpy_float_from_double(vm, (double)t);
}

/* The struct tm of an optional struct_time argument (absent: localtime()). */
static int tm_arg_or_now(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                         struct tm *tm)
{
    if (nargs == 0) {
        time_t t = time(NULL);
        localtime_r(&t, tm);
        return 0;
    }
    return tm_from_arg(vm, fname, args[0], tm) < 0 ? -1 : check_tm(vm, tm);
}

FN(t_strftime)
{
    (void)self;
    struct tm tm;
    if (tpy_arg_nokw(vm, "strftime", kwnames) < 0 ||
        tpy_arg_count(vm, "strftime", nargs, 1, 2) < 0)
        return NULL;
    if (!tpy_str_check(args[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "strftime() argument 1 must be str, not %s",
                              tpy_type_of(args[0])->name);
    if (tm_arg_or_now(vm, "strftime", args + 1, nargs - 1, &tm) < 0)
        return NULL;
    size_t flen;
    const char *fmt = tpy_str_utf8(vm, args[0], &flen);
    if (!fmt)
        return NULL;
    if (flen == 0)
        return tpy_str_from_cstr(vm, "");
    /* strftime gives no way to tell an empty result from a short buffer:
     * grow until the output is shorter than 256 times the format. */
    for (size_t cap = 1024;; cap *= 2) {
        char *out = tpy_vm_malloc(vm, cap);
        if (!out)
            return NULL;
        size_t n = strftime(out, cap, fmt, &tm);
        if (n > 0 || cap >= 256 * flen) {
            tpy_object *r = tpy_str_from_utf8(vm, out, n);
            tpy_vm_free(vm, out);
            return r;
        }
        tpy_vm_free(vm, out);
    }
}

static tpy_object *asctime_of(tpy_vm *vm, const struct tm *tm)
{
    static const char wday[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char out[64];
    snprintf(out, sizeof out, "%s %s%3d %.2d:%.2d:%.2d %d", wday[tm->tm_wday % 7],
             mon[tm->tm_mon % 12], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
             tm->tm_year + 1900);
    return tpy_str_from_cstr(vm, out);
}

FN(t_asctime)
{
    (void)self;
    struct tm tm;
    if (tpy_arg_nokw(vm, "asctime", kwnames) < 0 ||
        tpy_arg_count(vm, "asctime", nargs, 0, 1) < 0 ||
        tm_arg_or_now(vm, "asctime", args, nargs, &tm) < 0)
        return NULL;
    return asctime_of(vm, &tm);
}

FN(t_ctime)
{
    (void)self;
    time_t t;
    struct tm tm;
    if (tpy_arg_nokw(vm, "ctime", kwnames) < 0 || tpy_arg_count(vm, "ctime", nargs, 0, 1) < 0 ||
        time_arg(vm, args, nargs, &t) < 0)
        return NULL;
    if (!localtime_r(&t, &tm))
        return tpy_err_format(vm, &tpy_exc_OverflowError, "timestamp out of range for platform time_t");
    return asctime_of(vm, &tm);
}

static const tpy_method_def time_functions[] = {
    {"time", t_time, 0, NULL}, {"time_ns", t_time_ns, 0, NULL},
    {"perf_counter", t_perf_counter, 0, NULL}, {"perf_counter_ns", t_perf_counter_ns, 0, NULL},
    {"monotonic", t_monotonic, 0, NULL}, {"monotonic_ns", t_monotonic_ns, 0, NULL},
    {"process_time", t_process_time, 0, NULL}, {"process_time_ns", t_process_time_ns, 0, NULL},
    {"thread_time", t_thread_time, 0, NULL}, {"thread_time_ns", t_thread_time_ns, 0, NULL},
    {"sleep", t_sleep, 0, NULL}, {"gmtime", t_gmtime, 0, NULL},
    {"localtime", t_localtime, 0, NULL}, {"mktime", t_mktime, 0, NULL},
    {"strftime", t_strftime, 0, NULL}, {"asctime", t_asctime, 0, NULL},
    {"ctime", t_ctime, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- the module ------------------------------------------------------------------------------- */

/* timezone, altzone, daylight and tzname from the C library's tzset. */
static int add_zone_info(tpy_vm *vm, tpy_object *m)
{
    tzset();
    tpy_object *n0 = tpy_str_from_cstr(vm, tzname[0]);
    tpy_object *n1 = tpy_str_from_cstr(vm, tzname[1]);
    tpy_object *names = n0 && n1 ? tpy_tuple_pack(vm, 2, n0, n1) : NULL;
    tpy_xdecref(vm, n0);
    tpy_xdecref(vm, n1);
    tpy_object *d = tpy_module_dict(m);
    long alt = timezone - (daylight ? 3600 : 0);
    /* tzname first: it consumes `names` whatever happens after */
    return tpy_stdmod_set_owned(vm, d, "tzname", names) < 0 ||
                   tpy_stdmod_set_owned(vm, d, "timezone", tpy_int_from_i64(vm, timezone)) < 0 ||
                   tpy_stdmod_set_owned(vm, d, "altzone", tpy_int_from_i64(vm, alt)) < 0 ||
                   tpy_stdmod_set_owned(vm, d, "daylight", tpy_int_from_i64(vm, daylight)) < 0
               ? -1
               : 0;
}

tpy_object *tpy_time_module_new(tpy_vm *vm)
{
    tpy_object *m = tpy_module_new(vm, "time");
    if (!m)
        return NULL;
    if (tpy_module_add_functions(vm, m, time_functions) < 0 ||
        tpy_dict_set_c(vm, tpy_module_dict(m), "struct_time", &tpy_struct_time_type.ob) < 0 ||
        add_zone_info(vm, m) < 0)
        TPY_CLEAR(vm, m);
    return m;
}
