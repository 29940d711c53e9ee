/* examples/embed/minimal.c: the smallest embedding of tierpy. A VM with the
 * default tiers runs a few lines of Python, C calls one of its functions,
 * and the VM is deleted with every tier's live count back at zero.
 *
 *   cc minimal.c $(pkg-config --cflags --libs tierpy)   (or see meson.build)
 */
#include <stdio.h>

#include <tierpy/tierpy.h>

int main(void)
{
    tpy_vm *vm = tpy_vm_new(NULL);   /* NULL: the default configuration */
    if (!vm) {
        fprintf(stderr, "tierpy: %s\n", tpy_last_error());
        return 1;
    }
    const char *source =
        "def fib(n):\n"
        "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
        "print('hello from tierpy:', [fib(i) for i in range(10)])\n";
    if (tpy_vm_run_string(vm, source, "<minimal>") != 0) {
        fputs(tpy_vm_error(vm)->traceback, stderr);
        tpy_vm_delete(vm);
        return 1;
    }
    tpy_value arg = tpy_value_int(25), result;
    if (tpy_vm_call(vm, "fib", &arg, 1, &result) != 0) {
        fputs(tpy_vm_error(vm)->traceback, stderr);
        tpy_vm_delete(vm);
        return 1;
    }
    printf("fib(25) computed in Python, read in C: %lld\n", (long long)result.u.i);
    tpy_value_clear(&result);

    tpy_delete_report report;
    tpy_vm_delete_checked(vm, &report);
    printf("after delete: objects leaked %zu, layer1 blocks live %zu\n",
           report.objects_leaked, report.mem.blocks_live);
    return report.objects_leaked == 0 && report.mem.blocks_live == 0 ? 0 : 1;
}
