/**
 * The development server, and the only code that opens a socket: {@code baton serve} builds the site into its own
 * output folder, serves it on 127.0.0.1, watches {@code content/}, {@code templates/} and {@code assets/}, rebuilds
 * on every change and tells the open pages to reload. The reload script is added to HTML responses as they are
 * served, never to the files on disk: the built site carries no script.
 */
package baton.serve;
