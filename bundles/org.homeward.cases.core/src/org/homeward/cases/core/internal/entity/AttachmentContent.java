package org.homeward.cases.core.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an {@link Attachment}, read only when the attachment is opened. */
@Entity
@Table(name = "ATTACHMENT_CONTENT")
public class AttachmentContent {

    @Id
    @Column(name = "ATTACHMENT_ID")
    private Long attachmentId;

    @Lob
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    protected AttachmentContent() {
    }

    public AttachmentContent(long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content.clone();
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
