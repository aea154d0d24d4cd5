using System.Runtime.InteropServices;

namespace SisterCities.Cms.Search;

/// <summary>The CPU time of the calling thread (Linux <c>clock_gettime</c>), for <see cref="IndexBenchQueryCommand"/> only.</summary>
internal static class ThreadClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static int Read(out TimeSpec time) => ClockGetTime(ClockThreadCpuTimeId, out time);

    // DllImport, not LibraryImport: the generated marshalling would need unsafe code in this project.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    internal struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
