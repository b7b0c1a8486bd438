/**
 * A host application in miniature, written as a named module that reads the library's
 * module and nothing else of it. It exports nothing: applications need not.
 */
module example.host {
    requires dev.compliancecard.core;
}
