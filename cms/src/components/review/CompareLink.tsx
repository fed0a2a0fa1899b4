"use client";
import { useEffect, useState } from "react";
import { getJson, type ReviewLocation } from "./api.ts";

type Versions = { docs: { id: number | string }[] };

/**
 * 게시본과 비교: a link to Payload's version comparison (in Korean) of the latest version against
 * the latest published one (`versions/<latest>?versionFrom=<published>`); the versions list when
 * there is no published version yet.
 */
export function CompareLink({ location }: { location: ReviewLocation }) {
  const [href, setHref] = useState(`${location.adminBase}/versions`);
  useEffect(() => {
    const where = location.target === location.id ? "" : `&where[parent][equals]=${location.id}`;
    const base = `${location.apiBase}/versions?sort=-updatedAt&limit=1&depth=0${where}`;
    void Promise.all([
      getJson<Versions>(base),
      getJson<Versions>(`${base}&where[version._status][equals]=published`),
    ]).then(([latest, published]) => {
      const to = latest?.docs[0]?.id;
      const from = published?.docs[0]?.id;
      if (to !== undefined && from !== undefined && to !== from)
        setHref(`${location.adminBase}/versions/${to}?versionFrom=${from}`);
    });
  }, [location]);
  return <a href={href}>게시본과 비교 (무엇이 바뀌었나요?)</a>;
}
