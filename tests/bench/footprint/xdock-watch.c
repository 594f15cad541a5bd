/* Prints "<epoch seconds> <window id>" the moment a top-level window is reparented away from
 * the root window: with an XEmbed tray (trayer), that is a tray icon being docked. Used by
 * footprint.sh to time start-up to "icon shown"; exits after COUNT such events (default: runs
 * until killed). Build: cc -O2 -o xdock-watch xdock-watch.c -lX11 */
#include <X11/Xlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>

int main(int argc, char **argv)
{
    Display *display = XOpenDisplay(NULL);
    if (!display) {
        fprintf(stderr, "xdock-watch: cannot open display\n");
        return 1;
    }
    long count = argc > 1 ? atol(argv[1]) : -1;
    Window root = DefaultRootWindow(display);
    XSelectInput(display, root, SubstructureNotifyMask);
    XSync(display, False);
    printf("ready\n");
    fflush(stdout);
    for (;;) {
        XEvent event;
        XNextEvent(display, &event);
        if (event.type != ReparentNotify || event.xreparent.event != root
            || event.xreparent.parent == root)
            continue;
        struct timeval now;
        gettimeofday(&now, NULL);
        printf("%ld.%06ld 0x%lx\n", (long)now.tv_sec, (long)now.tv_usec,
               (unsigned long)event.xreparent.window);
        fflush(stdout);
        if (count > 0 && --count == 0)
            break;
    }
    XCloseDisplay(display);
    return 0;
}
