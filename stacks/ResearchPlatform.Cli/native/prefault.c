/*
 * Linked into the native build only (see ResearchPlatform.Cli.csproj). Before the runtime starts,
 * it makes the executable's zero-initialized data resident with one madvise call. The runtime's first
 * step is to rehydrate about 4 MB of type data into that memory (the .hydrated section); faulting
 * those pages in one at a time cost about 1000 page faults, which on the build machine's VM take
 * about 15 us each, against about 1 us a page populated together. Where the kernel does not know
 * MADV_POPULATE_WRITE (before Linux 5.14) the call fails and the pages fault in as before.
 */
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

/* Provided by the linker: where the zero-initialized data (.bss, then .hydrated) starts and ends. */
extern char __bss_start[];
extern char _end[];

__attribute__((constructor)) static void research_platform_prefault(void)
{
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t start = (uintptr_t)__bss_start & ~(page - 1);
    uintptr_t end = ((uintptr_t)_end + page - 1) & ~(page - 1);
    (void)madvise((void *)start, end - start, MADV_POPULATE_WRITE);
}
