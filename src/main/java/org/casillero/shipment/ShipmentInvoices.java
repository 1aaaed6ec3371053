package org.casillero.shipment;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.casillero.customer.Actor;
import org.casillero.customer.CustomerSession;
import org.casillero.partner.ApiClient;
import org.casillero.shared.CasilleroSettings;
import org.casillero.shared.InvalidField;
import org.casillero.shared.InvalidLink;
import org.casillero.shared.InvalidLink.Why;
import org.casillero.shipment.InvoiceFileRepository.Owned;
import org.casillero.shipment.invoice.FileKind;
import org.casillero.shipment.invoice.InvoiceFileStore;
import org.casillero.shipment.invoice.InvoiceLinks;
import org.casillero.warehouse.Warehouse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A customer documents a shipment's goods for customs: it types the invoice's lines
 * (customer-upload-invoice-custom), or registers an invoice file (customer-upload-invoice-data) and
 * then sends its bytes (customer-upload-invoice-file). Either clears the INVOICE_REQUIRED hold an
 * invoice rule raised, never one staff raised (staff judge the invoice and clear theirs). Once the
 * shipment is manifested its invoice is what customs were given: nothing changes it any more. Files
 * are kept behind the {@link InvoiceFileStore}; customers download them by signed, expiring links
 * while their account is enabled, staff of the shipment's warehouse directly.
 */
@Service
public class ShipmentInvoices {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);
    private static final int MAX_NAME = 150;

    private final ShipmentRepository shipments;
    private final InvoiceFileRepository files;
    private final InvoiceFileStore store;
    private final InvoiceLinks links;
    private final Clock clock;
    private final ZoneId zone;
    private final int filesPerShipment;
    private final TransactionOperations transactions;
    private final ShipmentNews news;

    ShipmentInvoices(
            ShipmentRepository shipments,
            InvoiceFileRepository files,
            InvoiceFileStore store,
            InvoiceLinks links,
            Clock clock,
            CasilleroSettings settings,
            TransactionOperations transactions,
            ShipmentNews news) {
        this.shipments = shipments;
        this.files = files;
        this.store = store;
        this.links = links;
        this.clock = clock;
        this.zone = settings.timeZone();
        this.filesPerShipment = settings.invoices().filesPerShipment();
        this.transactions = transactions;
        this.news = news;
    }

    /**
     * A file's record and its bytes as a stream, read a piece at a time while it is sent: whoever
     * takes it closes it.
     */
    public record Download(InvoiceFile file, InputStream content) {}

    @Transactional
    public List<InvoiceLine> typeLines(CustomerSession session, long trckNmrFol, List<InvoiceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            VisibleText.require("detail[" + i + "].description", lines.get(i).description());
            VisibleText.require("detail[" + i + "].referenceCode", lines.get(i).referenceCode());
        }
        if (lines.stream()
                        .map(InvoiceLine::total)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .signum()
                <= 0) {
            throw new InvalidField("detail", "must total more than 0");
        }
        requireOpenInvoice(lockOwned(session, trckNmrFol), "trckNmrFol");
        Instant now = clock.instant();
        String actor = session.actor().name();
        shipments.replaceInvoiceLines(trckNmrFol, lines);
        ShipmentNews.Owner owner = new ShipmentNews.Owner(session.copaId(), session.boxId());
        clearInvoiceHold(owner, trckNmrFol, now, actor);
        shipments.audit(trckNmrFol, now, actor, "INVOICE_TYPED", lines.size() + " lines");
        news.invoiceProvided(owner, trckNmrFol, lines.size(), null, now, actor);
        return lines;
    }

    /**
     * Registers an invoice file for one of the customer's shipments, by the name the customer gave it
     * (its extension names its kind): answers the record, under a new GUID, waiting for its bytes.
     */
    @Transactional
    public InvoiceFile register(CustomerSession session, long trckNmrFol, String fileName) {
        String name = baseName(fileName);
        FileKind kind = FileKind.ofName(name)
                .orElseThrow(() -> new InvalidField("invoiceFileName", "must end in one of " + FileKind.extensions()));
        requireOpenInvoice(lockOwned(session, trckNmrFol), "trckNmrFol");
        if (files.countOf(trckNmrFol) >= filesPerShipment) {
            throw new InvalidField(
                    "trckNmrFol", "has " + filesPerShipment + " invoice files already, the most a shipment may have");
        }
        Instant now = clock.instant();
        String storedName = STAMP.format(now.atZone(zone)) + "_" + trckNmrFol + "_" + name;
        String guid = UUID.randomUUID().toString();
        String actor = session.actor().name();
        long invoiceId = files.insert(trckNmrFol, guid, name, storedName, kind.contentType(), now, actor);
        shipments.audit(trckNmrFol, now, actor, "INVOICE_FILE_REGISTERED", "invoice " + invoiceId + ": " + storedName);
        return files.find(invoiceId).orElseThrow().file();
    }

    /**
     * Whether an upload may bring its file, asked before any of its bytes are read or an upload slot is
     * taken for it: the GUID must be one the API user's partners registered (and, when customer
     * credentials came along, that customer's) and still wait for its file. Else the answer is what
     * {@link #upload} would answer, at no cost to the others' uploads.
     */
    @Transactional(readOnly = true)
    public void expectFile(ApiClient client, @Nullable CustomerSession session, String guid) {
        if (usable(client, session, guid).file().uploaded()) {
            throw new InvalidField("invoiceFileGuid", "has received its file already");
        }
    }

    /**
     * Receives the bytes of a registered invoice file, once. The GUID must be one the API user's
     * partners registered and, when customer credentials came along, that customer's: any other
     * is answered as unknown. The bytes must be of the kind the file's name says.
     */
    public InvoiceFile upload(ApiClient client, @Nullable CustomerSession session, String guid, byte[] content) {
        Owned registered = usable(client, session, guid);
        FileKind kind = FileKind.ofName(registered.file().storedName()).orElseThrow();
        if (content.length == 0) {
            throw new InvalidField("", "The file is empty.");
        }
        if (!kind.matches(content)) {
            throw new InvalidField(
                    "", "The file's content is not a " + kind.name().toLowerCase(Locale.ROOT) + " file.");
        }
        return Objects.requireNonNull(transactions.execute(status -> {
            // The shipment first, as registering and the events lock it: its status cannot change meanwhile.
            shipments
                    .lock(registered.file().trckNmrFol())
                    .ifPresent(shipment -> requireOpenInvoice(shipment, "invoiceFileGuid"));
            Owned locked = files.lockByGuid(registered.file().guid()).orElseThrow(UnknownInvoiceFile::new);
            if (locked.file().uploaded()) {
                throw new InvalidField("invoiceFileGuid", "has received its file already");
            }
            long invoiceId = locked.file().invoiceId();
            long trck = locked.file().trckNmrFol();
            Instant now = clock.instant();
            String actor = (session != null ? session.actor() : Actor.apiUser(client.userCode())).name();
            store.put(invoiceId, content);
            files.markUploaded(invoiceId, now, content.length);
            ShipmentNews.Owner owner = session != null
                    ? new ShipmentNews.Owner(session.copaId(), session.boxId())
                    : news.ownerOf(shipments.lock(trck).orElseThrow(ShipmentNotFound::new));
            clearInvoiceHold(owner, trck, now, actor);
            shipments.audit(
                    trck,
                    now,
                    actor,
                    "INVOICE_FILE_UPLOADED",
                    "invoice " + invoiceId + ", " + content.length + " bytes");
            news.invoiceProvided(owner, trck, 0, invoiceId, now, actor);
            return files.find(invoiceId).orElseThrow().file();
        }));
    }

    /**
     * The file a signed link leads to, once its signature and time are checked, while its customer's
     * account is enabled: a disabled customer's links are dead (answered as a link whose file is
     * gone), whatever time they have left. The shipment's status does not matter: the customer may
     * still need its invoice once the shipment has left (customs at the destination, a return), and
     * only the customer was given the link.
     */
    @Transactional(readOnly = true)
    public Download download(long invoiceId, String storedName, long expires, String signature) {
        links.verify(invoiceId, expires, signature);
        InvoiceFile file = files.find(invoiceId)
                .filter(Owned::customerEnabled)
                .map(Owned::file)
                .filter(InvoiceFile::uploaded)
                .filter(found -> found.storedName().equals(storedName))
                .orElseThrow(() -> new InvalidLink(Why.GONE));
        return new Download(file, store.open(invoiceId).orElseThrow(() -> new InvalidLink(Why.GONE)));
    }

    /** The invoice files of a shipment of this warehouse, oldest first. */
    @Transactional(readOnly = true)
    public List<InvoiceFile> filesOf(Warehouse warehouse, long trckNmrFol) {
        shipments.warehouseOf(trckNmrFol).filter(warehouse.code()::equals).orElseThrow(ShipmentNotFound::new);
        return files.uploadedOf(trckNmrFol);
    }

    /** One invoice file of a shipment of this warehouse, for staff. */
    @Transactional(readOnly = true)
    public Download fileOf(Warehouse warehouse, long trckNmrFol, long invoiceId) {
        InvoiceFile file = filesOf(warehouse, trckNmrFol).stream()
                .filter(found -> found.invoiceId() == invoiceId)
                .findFirst()
                .orElseThrow(UnknownInvoiceFile::new);
        return new Download(file, store.open(invoiceId).orElseThrow(UnknownInvoiceFile::new));
    }

    private Owned usable(ApiClient client, @Nullable CustomerSession session, String guid) {
        return files.findByGuid(guid.trim().toLowerCase(Locale.ROOT))
                .filter(owned -> client.mayActFor(owned.copaId()))
                .filter(owned -> session == null || session.custId() == owned.custId())
                .orElseThrow(UnknownInvoiceFile::new);
    }

    private ShipmentRepository.Locked lockOwned(CustomerSession session, long trckNmrFol) {
        return shipments
                .lock(trckNmrFol)
                .filter(locked -> locked.custId() == session.custId())
                .orElseThrow(ShipmentNotFound::new);
    }

    /** Refuses to change the invoice of a shipment manifested (or ended), naming the field that named it. */
    private static void requireOpenInvoice(ShipmentRepository.Locked shipment, String field) {
        ShipmentStatus status = shipment.status();
        if (!status.takesInvoice()) {
            throw new InvalidField(
                    field,
                    "names a shipment that is " + status.code() + " (" + status.english()
                            + "): its invoice can no longer change");
        }
    }

    /** The invoice arrived: the hold an invoice rule raised is lifted; one staff raised stays theirs to clear. */
    private void clearInvoiceHold(ShipmentNews.Owner owner, long trckNmrFol, Instant now, String actor) {
        if (shipments.clearRuleHold(trckNmrFol, HoldReason.INVOICE_REQUIRED, now, actor)) {
            shipments.audit(trckNmrFol, now, actor, "HOLD_CLEARED", HoldReason.INVOICE_REQUIRED.name());
            news.holdCleared(owner, trckNmrFol, HoldReason.INVOICE_REQUIRED, true, now, actor);
        }
    }

    /**
     * The name a customer gave its file, without any folder a browser or client put before it,
     * trimmed; refused when empty, too long, or holding control or format characters ({@link
     * VisibleText}).
     */
    private static String baseName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .strip();
        if (name.isEmpty() || name.startsWith(".")) {
            throw new InvalidField("invoiceFileName", "must be a file name with an extension");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidField("invoiceFileName", "must have at most " + MAX_NAME + " characters");
        }
        VisibleText.require("invoiceFileName", name);
        return name;
    }
}
