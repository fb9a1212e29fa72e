/*
 * Linked into the native build only (see ResearchPlatform.Cli.csproj). Before the runtime starts,
 * it makes the executable's zero-initialized data resident with one madvise call. The runtime's first
 * step is to rehydrate about 4 MB of type data into that memory (the .hydrated section); faulting
 * those pages in one at a time cost about 1000 page faults, which on the build machine's VM take
 * about 15 us each, against about 1 us a page populated together. Where the kernel does not know
 * MADV_POPULATE_WRITE (before Linux 5.14) the call fails and the pages fault in as before.
 */
#include <stdint.h>
#include <sys/syscall.h>
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
    (void)syscall(SYS_madvise, (void *)start, end - start, MADV_POPULATE_WRITE);
}

/*
 * The collector commits its heap 64 KB at a time (mprotect, then madvise MADV_DODUMP) and then
 * faults each page in on first touch: most of a render's page faults. This definition of madvise,
 * linked into the executable ahead of libc's, passes every call to the kernel unchanged and then
 * populates a range the runtime has just marked for dumping, which it does only for memory it has
 * just committed, in one call instead of a fault per page. The pages are the zero pages they would
 * have faulted in as. Ranges over 1 MB are left to fault in as used, so memory committed ahead of
 * use is never made resident by this.
 */
#define RESEARCH_PLATFORM_POPULATE_LIMIT (1024 * 1024)

int madvise(void *address, size_t length, int advice)
{
    long result = syscall(SYS_madvise, address, length, advice);
    if (result == 0 && advice == MADV_DODUMP && length <= RESEARCH_PLATFORM_POPULATE_LIMIT)
    {
        (void)syscall(SYS_madvise, address, length, MADV_POPULATE_WRITE);
    }
    return (int)result;
}
